#pragma once
// Counting a graph by type, for `kgraph build`'s summary and `kgraph stats`.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::cli {

struct TypeCount {
    std::string type;  ///< ontology id: "Person", "holds-office"
    std::size_t count = 0;
};

struct GraphCounts {
    std::size_t documents = 0;
    std::size_t nodes = 0;
    std::size_t edges = 0;
    std::size_t inferred_edges = 0;
    std::vector<TypeCount> nodes_by_type;  ///< every entity type, in ontology order, zeros included
    std::vector<TypeCount> edges_by_type;  ///< every relation type, in ontology order
};

/// Counts documents, nodes and edges by type, and inferred edges. O(V + E).
GraphCounts count_graph(const KnowledgeGraph& kg);

/// Writes the counts as an indented text block ("nodes: 12", then one line per type).
void print_counts(std::ostream& os, const GraphCounts& counts);

/// The counts as one JSON object: {"documents", "nodes": {"total", "by_type"}, "edges": {"total",
/// "inferred", "by_type"}}. It holds no file name, so two files of the same graph give equal JSON.
std::string counts_to_json(const GraphCounts& counts);

}  // namespace kg::cli
