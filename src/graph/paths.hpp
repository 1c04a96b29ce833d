#pragma once
// How two entities are connected: shortest paths over the knowledge graph, each hop an edge
// with its evidence. Hops may go against an edge's direction unless `directed` is set, since
// "A attended M, B attended M" connects A and B.
#include <cstddef>
#include <optional>
#include <vector>

#include "graph/filters.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg {

struct Hop {
    Vertex from, to;
    Edge edge;
    bool forward;  ///< true when the edge goes from -> to, false when walked tail -> head
};
using Path = std::vector<Hop>;

struct PathOptions {
    FactFilter filter;
    std::size_t max_hops = 0;  ///< 0 = unlimited
    bool directed = false;     ///< follow edges only head -> tail
};

/// One shortest path from `a` to `b` (fewest hops), or nullopt when none exists within the
/// options. Bidirectional breadth-first search: explores about 2·b^(d/2) vertices for branching
/// b and distance d instead of b^d. Between two vertices joined by several edges the hop uses
/// the first allowed one (stated before inferred, then highest confidence, then edge order).
/// A path from a vertex to itself is empty.
std::optional<Path> shortest_path(const KnowledgeGraph& kg, Vertex a, Vertex b,
                                  const PathOptions& options = {});

/// Every shortest path from `a` to `b`, at most `limit`, in a deterministic order. O(V + E) plus
/// the output.
std::vector<Path> all_shortest_paths(const KnowledgeGraph& kg, Vertex a, Vertex b,
                                     const PathOptions& options = {}, std::size_t limit = 1000);

/// Up to `k` shortest simple paths (no repeated vertex), shortest first (Yen's algorithm over
/// hop counts). O(k · V · (V + E)).
std::vector<Path> k_shortest_paths(const KnowledgeGraph& kg, Vertex a, Vertex b, std::size_t k,
                                   const PathOptions& options = {});

}  // namespace kg
