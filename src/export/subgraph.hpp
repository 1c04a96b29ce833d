#pragma once
// The part of a graph `kgraph export` writes: entity types, relation types, the neighbourhood
// of one entity and a time window, applied the same way for every format.
#include <cstddef>
#include <optional>
#include <set>

#include "graph/filters.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::exporters {

struct SubgraphSpec {
    std::set<EntityTypeId> types;  ///< entity types to keep; empty = all
    FactFilter facts;              ///< relation types and time window of the kept edges
    std::optional<Vertex> around;  ///< keep only entities within `depth` hops of this one
    std::size_t depth = 1;

    bool is_whole_graph() const {
        return types.empty() && facts.relations.empty() && !facts.has_time_window() && !around;
    }
};

/// The subgraph of `kg` that `spec` selects: entities of the kept types (and, with `around`,
/// reachable from it in `depth` hops over kept edges, either direction), the kept edges between
/// them, and with a time window only the edges and entities with evidence dated inside it, each
/// keeping only that evidence. With a relation or time filter, an entity of a kept type that
/// no kept edge touches and that has no evidence in the window is dropped; the centre of
/// `around` always stays. Documents are kept as they are. Vertex order is kept. O(V + E).
KnowledgeGraph select_subgraph(const KnowledgeGraph& kg, const SubgraphSpec& spec);

}  // namespace kg::exporters
