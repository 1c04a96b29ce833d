#pragma once
// Which facts a query may use: relation types, entity types or ids to avoid, and a time window
// over the dates of the documents that support each fact.
#include <set>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct FactFilter {
    std::set<RelationTypeId> relations;  ///< allowed relation types; empty = all
    std::set<EntityTypeId> avoid_types;  ///< entity types a traversal may not pass through
    std::set<Vertex> avoid_vertices;     ///< entities a traversal may not pass through
    std::string since;                   ///< ISO date; facts need evidence dated on or after
    std::string until;                   ///< ISO date; facts need evidence dated on or before

    bool has_time_window() const { return !since.empty() || !until.empty(); }

    /// True when `e` is of an allowed type and, with a time window, has at least one piece of
    /// evidence from a document dated inside it (undated evidence does not count then). An
    /// inferred edge also needs every fact of its `inferred_from` that the graph holds to pass
    /// the window: an inference is known only once all its premises are.
    bool allows_edge(const KnowledgeGraph& kg, Edge e) const;

    /// The pieces of `evidence` dated inside the time window (all of it without one).
    std::vector<Provenance> evidence_in_window(const KnowledgeGraph& kg,
                                               const std::vector<Provenance>& evidence) const;

    /// True when a traversal may pass through `v` (its type and id are not avoided).
    bool allows_vertex(const KnowledgeGraph& kg, Vertex v) const;

    /// True when some evidence of `v` lies in the time window (always true without one).
    bool in_window(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence) const;
};

/// A copy of `kg` with the same documents and entities but only the edges `filter` allows
/// (entities it avoids are dropped with their edges); with a time window, each kept edge keeps
/// only its evidence dated inside it. Vertex order is kept, so ids and order stay
/// deterministic. O(V + E).
KnowledgeGraph filter_graph(const KnowledgeGraph& kg, const FactFilter& filter);

}  // namespace kg
