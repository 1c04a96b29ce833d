#include "graph/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

#include "util/error.hpp"

namespace kg {
namespace {

struct Adjacency {
    std::vector<std::vector<Vertex>> out;  // unique successors, in first-seen order
    std::vector<std::vector<Vertex>> in;   // unique predecessors
};

// Unique neighbours: NetworkX's G[n] collapses parallel edges.
Adjacency unique_neighbours(const Graph& g, bool undirected) {
    const std::size_t n = boost::num_vertices(g);
    Adjacency a{std::vector<std::vector<Vertex>>(n), std::vector<std::vector<Vertex>>(n)};
    auto push = [](std::vector<Vertex>& list, Vertex v) {
        if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
    };
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Vertex s = boost::source(*it, g), t = boost::target(*it, g);
        push(a.out[s], t);
        push(a.in[t], s);
        if (undirected) {
            push(a.out[t], s);
            push(a.in[s], t);
        }
    }
    return a;
}

unsigned thread_count(unsigned requested, std::size_t work) {
    unsigned t = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(t, std::max<std::size_t>(1, work / 64)));
}

// Runs body(begin, end, partial) over fixed blocks of `items` and sums the partial vectors in
// block order, so the floating-point result is the same for any thread count.
template <class Body>
std::vector<double> blocked_sum(std::size_t items, std::size_t n, unsigned threads, Body body) {
    constexpr std::size_t kBlock = 64;
    const std::size_t blocks = (items + kBlock - 1) / kBlock;
    std::vector<std::vector<double>> partial(blocks, std::vector<double>(n, 0.0));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t b; (b = next++) < blocks;)
            body(b * kBlock, std::min(items, (b + 1) * kBlock), partial[b]);
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    std::vector<double> total(n, 0.0);
    for (const auto& p : partial)
        for (std::size_t i = 0; i < n; ++i) total[i] += p[i];
    return total;
}

std::vector<double> degree_measure(const Graph& g, Measure m, bool undirected) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<double> c(n, 0.0);
    if (n == 1) return {1.0};
    for (Vertex v = 0; v < n; ++v) {
        const double in = static_cast<double>(boost::in_degree(v, g));
        const double out = static_cast<double>(boost::out_degree(v, g));
        double d = m == Measure::in_degree ? in : m == Measure::out_degree ? out : in + out;
        if (undirected) d = in + out;
        c[v] = d / static_cast<double>(n - 1);
    }
    return c;
}

std::vector<double> betweenness(const Graph& g, const CentralityOptions& o) {
    const std::size_t n = boost::num_vertices(g);
    const Adjacency adj = unique_neighbours(g, o.undirected);
    std::vector<Vertex> sources(n);
    std::iota(sources.begin(), sources.end(), Vertex{0});
    const bool sampled = o.sample > 0 && o.sample < n;
    if (sampled) {
        std::mt19937_64 rng(o.seed);
        std::shuffle(sources.begin(), sources.end(), rng);
        sources.resize(o.sample);
        std::sort(sources.begin(), sources.end());
    }
    auto brandes = [&](std::size_t begin, std::size_t end, std::vector<double>& bc) {
        std::vector<std::vector<Vertex>> pred(n);
        std::vector<double> sigma(n), delta(n);
        std::vector<long> dist(n);
        std::vector<Vertex> stack, queue;
        for (std::size_t i = begin; i < end; ++i) {
            const Vertex s = sources[i];
            for (auto& p : pred) p.clear();
            std::fill(sigma.begin(), sigma.end(), 0.0);
            std::fill(dist.begin(), dist.end(), -1);
            std::fill(delta.begin(), delta.end(), 0.0);
            stack.clear();
            queue.assign(1, s);
            sigma[s] = 1.0;
            dist[s] = 0;
            for (std::size_t q = 0; q < queue.size(); ++q) {
                const Vertex v = queue[q];
                stack.push_back(v);
                for (const Vertex w : adj.out[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.push_back(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        pred[w].push_back(v);
                    }
                }
            }
            while (!stack.empty()) {
                const Vertex w = stack.back();
                stack.pop_back();
                for (const Vertex v : pred[w]) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                if (w != s) bc[w] += delta[w];
            }
        }
    };
    std::vector<double> bc =
        blocked_sum(sources.size(), n, thread_count(o.threads, sources.size()), brandes);
    double scale = 1.0;
    bool rescale = false;
    if (o.normalized) {
        if (n > 2) {
            scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
            rescale = true;
        }
    } else if (o.undirected) {
        scale = 0.5;
        rescale = true;
    }
    if (rescale && sampled) scale *= static_cast<double>(n) / static_cast<double>(sources.size());
    if (rescale)
        for (double& x : bc) x *= scale;
    return bc;
}

std::vector<double> closeness(const Graph& g, const CentralityOptions& o) {
    const std::size_t n = boost::num_vertices(g);
    const Adjacency adj = unique_neighbours(g, o.undirected);
    // NetworkX reverses a directed graph: closeness of u is about distances *to* u.
    const auto& walk = adj.in;
    std::vector<double> c(n, 0.0);
    auto bfs = [&](std::size_t begin, std::size_t end, std::vector<double>& out) {
        std::vector<long> dist(n, -1);
        std::vector<Vertex> queue;
        for (std::size_t u = begin; u < end; ++u) {
            std::fill(dist.begin(), dist.end(), -1);
            queue.assign(1, static_cast<Vertex>(u));
            dist[u] = 0;
            double total = 0.0;
            for (std::size_t q = 0; q < queue.size(); ++q) {
                const Vertex v = queue[q];
                for (const Vertex w : walk[v])
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        total += static_cast<double>(dist[w]);
                        queue.push_back(w);
                    }
            }
            const double reached = static_cast<double>(queue.size() - 1);
            if (total > 0.0 && n > 1)
                out[u] = reached / total * (reached / static_cast<double>(n - 1));
        }
    };
    return blocked_sum(n, n, thread_count(o.threads, n), bfs);
}

std::vector<double> pagerank(const Graph& g, const CentralityOptions& o) {
    const std::size_t n = boost::num_vertices(g);
    if (n == 0) return {};
    // Row-stochastic matrix with parallel edges summed, as NetworkX's scipy adjacency, stored by
    // target (a counting sort, sources ascending within a target) so that each new value is one
    // sequential sum. Per-vertex edge lists: boost::edges() walks a linked list, far slower.
    auto for_arcs = [&](Vertex u, auto&& arc_to) {
        for (auto [it, end] = boost::out_edges(u, g); it != end; ++it)
            arc_to(boost::target(*it, g));
        if (o.undirected)  // an undirected self-loop is one diagonal entry, as in scipy
            for (auto [it, end] = boost::in_edges(u, g); it != end; ++it)
                if (boost::source(*it, g) != u) arc_to(boost::source(*it, g));
    };
    std::vector<double> outw(n, 0.0);
    std::vector<std::size_t> slot(n + 1, 0);
    for (Vertex u = 0; u < n; ++u)
        for_arcs(u, [&](Vertex t) {
            ++slot[t + 1];
            outw[u] += 1.0;
        });
    std::partial_sum(slot.begin(), slot.end(), slot.begin());
    std::vector<Vertex> sources(slot[n]);
    {
        std::vector<std::size_t> cursor(slot.begin(), slot.end() - 1);
        for (Vertex u = 0; u < n; ++u) for_arcs(u, [&](Vertex t) { sources[cursor[t]++] = u; });
    }
    std::vector<std::size_t> first_in(n + 1, 0);
    std::vector<Vertex> from;
    std::vector<double> weight;  // parallel arcs / out-degree of the source
    from.reserve(sources.size());
    weight.reserve(sources.size());
    for (Vertex t = 0; t < n; ++t) {
        for (std::size_t i = slot[t]; i < slot[t + 1];) {
            std::size_t j = i + 1;
            while (j < slot[t + 1] && sources[j] == sources[i]) ++j;
            from.push_back(sources[i]);
            weight.push_back(static_cast<double>(j - i) / outw[sources[i]]);
            i = j;
        }
        first_in[t + 1] = from.size();
    }
    std::vector<Vertex> dangling_vertices;
    for (Vertex v = 0; v < n; ++v)
        if (outw[v] == 0.0) dangling_vertices.push_back(v);

    const double nn = static_cast<double>(n);
    std::vector<double> x(n, 1.0 / nn), next(n);
    for (int iter = 0; iter < o.max_iterations; ++iter) {
        double dangling = 0.0;
        for (const Vertex v : dangling_vertices) dangling += x[v];
        double err = 0.0;
        for (Vertex v = 0; v < n; ++v) {
            double in = 0.0;
            for (std::size_t k = first_in[v]; k < first_in[v + 1]; ++k)
                in += x[from[k]] * weight[k];
            next[v] = o.alpha * (in + dangling / nn) + (1.0 - o.alpha) / nn;
            err += std::abs(next[v] - x[v]);
        }
        x.swap(next);
        if (err < nn * o.tolerance) return x;
    }
    throw QueryError("KG-E470", "pagerank did not converge in " + std::to_string(o.max_iterations) +
                                    " iterations.");
}

std::vector<double> eigenvector(const Graph& g, const CentralityOptions& o) {
    const std::size_t n = boost::num_vertices(g);
    if (n == 0)
        throw QueryError("KG-E471", "eigenvector centrality is undefined on an empty graph.");
    const Adjacency adj = unique_neighbours(g, o.undirected);
    const double nn = static_cast<double>(n);
    std::vector<double> x(n, 1.0 / nn);
    for (int iter = 0; iter < o.max_iterations; ++iter) {
        const std::vector<double> last = x;
        for (Vertex v = 0; v < n; ++v)
            for (const Vertex w : adj.out[v]) x[w] += last[v];
        double norm = 0.0;
        for (double v : x) norm = std::hypot(norm, v);
        if (norm == 0.0) norm = 1.0;
        double err = 0.0;
        for (Vertex v = 0; v < n; ++v) {
            x[v] /= norm;
            err += std::abs(x[v] - last[v]);
        }
        if (err < nn * o.tolerance) return x;
    }
    throw QueryError("KG-E472", "eigenvector centrality did not converge in " +
                                    std::to_string(o.max_iterations) + " iterations.");
}

}  // namespace

std::optional<Measure> parse_measure(std::string_view name) {
    for (auto m : {Measure::degree, Measure::in_degree, Measure::out_degree, Measure::betweenness,
                   Measure::closeness, Measure::pagerank, Measure::eigenvector})
        if (measure_name(m) == name) return m;
    return std::nullopt;
}

std::string_view measure_name(Measure m) {
    switch (m) {
        case Measure::degree:
            return "degree";
        case Measure::in_degree:
            return "in-degree";
        case Measure::out_degree:
            return "out-degree";
        case Measure::betweenness:
            return "betweenness";
        case Measure::closeness:
            return "closeness";
        case Measure::pagerank:
            return "pagerank";
        case Measure::eigenvector:
            return "eigenvector";
    }
    return "?";
}

std::vector<double> centrality(const KnowledgeGraph& kg, Measure measure,
                               const CentralityOptions& options) {
    const Graph& g = kg.graph();
    std::vector<double> values;
    switch (measure) {
        case Measure::degree:
        case Measure::in_degree:
        case Measure::out_degree:
            values = degree_measure(g, measure, options.undirected);
            break;
        case Measure::betweenness:
            values = betweenness(g, options);
            break;
        case Measure::closeness:
            values = closeness(g, options);
            break;
        case Measure::pagerank:
            values = pagerank(g, options);
            break;
        case Measure::eigenvector:
            values = eigenvector(g, options);
            break;
    }
    for (double& v : values)
        if (!std::isfinite(v)) v = 0.0;  // defensive: callers promise JSON without NaN
    return values;
}

}  // namespace kg
