#pragma once
// The entities around one entity, up to a depth, by edge type and direction.
#include <cstddef>
#include <vector>

#include "graph/filters.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {

enum class Direction { out, in, both };

struct Neighbor {
    Vertex vertex;
    std::size_t depth;  ///< hops from the centre (1 = adjacent)
    Edge edge;          ///< the edge it was reached by
    bool forward;       ///< the edge points away from the centre's side
};

/// Breadth-first neighbourhood of `centre` up to `depth` hops, following edges `direction`
/// (out: head -> tail), keeping only edges and vertices `filter` allows. Each vertex appears
/// once, at its smallest depth, reached by every allowed edge from the previous layer. O(V + E).
std::vector<Neighbor> neighborhood(const KnowledgeGraph& kg, Vertex centre, std::size_t depth,
                                   Direction direction, const FactFilter& filter = {});

}  // namespace kg
