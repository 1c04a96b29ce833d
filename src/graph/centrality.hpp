#pragma once
// Centrality measures with NetworkX's definitions, so results can be checked against it.
//
// How the knowledge graph counts (stated once, used by every measure):
// - Direction: by default edges are directed (head -> tail), as NetworkX reads kgraph's GraphML
//   into a MultiDiGraph. With `undirected`, every edge is also walked tail -> head, as
//   NetworkX's G.to_undirected() would.
// - Parallel edges (two relations between the same pair): counted each in degree and PageRank
//   (NetworkX sums multi-edges in its adjacency matrix); counted once in betweenness, closeness
//   and eigenvector centrality (NetworkX walks neighbours there, not edges).
// - Weights: none. Every relation counts 1, whatever its evidence.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

enum class Measure { degree, in_degree, out_degree, betweenness, closeness, pagerank, eigenvector };

/// Parses "degree", "in-degree", "betweenness", ...; nullopt for an unknown name.
std::optional<Measure> parse_measure(std::string_view name);
std::string_view measure_name(Measure m);

struct CentralityOptions {
    bool undirected = false;
    bool normalized = true;  ///< betweenness: divide by (n-1)(n-2) as NetworkX's normalized=True
    /// betweenness: use this many sampled sources (0 = exact, all sources); result scaled by n/k.
    std::size_t sample = 0;
    std::uint64_t seed = 0;
    double alpha = 0.85;       ///< pagerank damping
    double tolerance = 1e-6;   ///< pagerank / eigenvector: stop when the L1 change < n * tolerance
    int max_iterations = 100;  ///< pagerank / eigenvector
    unsigned threads = 0;      ///< betweenness, closeness: 0 = hardware concurrency
};

/// One value per vertex, indexed by vertex. Values are finite (never NaN or Inf).
///
/// - degree / in-degree / out-degree: degree / (n - 1), NetworkX degree_centrality (a self-loop
///   adds 2 to degree); 1 for the single vertex of a one-vertex graph. O(V + E).
/// - betweenness: Brandes, endpoints excluded; normalized by 1/((n-1)(n-2)) when n > 2 (NetworkX;
///   not BGL's relative_betweenness_centrality, which is 2x on directed graphs); undirected raw
///   values are halved as NetworkX does. O(V E), sampled O(k E). Parallel over sources, summed in
///   a fixed order so the result does not depend on the thread count.
/// - closeness: Wasserman–Faust improved, over incoming distances on directed graphs (NetworkX).
///   O(V E).
/// - pagerank: power iteration as NetworkX (dangling mass spread uniformly). Throws
///   kg::QueryError if it does not converge in max_iterations.
/// - eigenvector: NetworkX's power iteration on (A + I) over in-edges, Euclidean-normalised.
///   Throws kg::QueryError on the empty graph or without convergence.
std::vector<double> centrality(const KnowledgeGraph& kg, Measure measure,
                               const CentralityOptions& options = {});

}  // namespace kg
