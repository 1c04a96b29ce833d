#include "graph/paths.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

namespace kg {
namespace {

// The neighbours of `v` a traversal may step to, with the best edge for each neighbour, in a
// deterministic order (by neighbour index).
struct Step {
    Vertex to;
    Edge edge;
    bool forward;
};

struct Parent {
    Vertex prev;
    Edge edge;
    bool forward;
};

// Per-thread buffers every query reuses, indexed by vertex. An entry counts only when its stamp
// is the current epoch, so a query starts in O(1) instead of clearing O(V) memory, and a query
// allocates nothing once the buffers have grown to the graph.
struct Scratch {
    struct Mark {
        std::uint32_t fwd = 0, fwd_slot = 0;   // reached from a: epoch, index into fwd_visits
        std::uint32_t bwd = 0, bwd_slot = 0;   // reached from b
        std::uint32_t step = 0, step_pos = 0;  // listed by the current steps(): index into it
    };
    struct Visit {
        std::size_t depth;
        std::optional<Parent> parent;
    };
    std::vector<Mark> marks;
    std::uint32_t epoch = 0, step_epoch = 0;
    std::vector<Visit> fwd_visits, bwd_visits;
    std::vector<Vertex> ffront, bfront, next;
    std::vector<Step> steps;

    void fit(std::size_t n) {
        if (marks.size() < n) marks.resize(n);
    }
    // A new query: every mark becomes stale. On wrap-around the stamps are cleared once.
    void next_query() {
        if (++epoch == 0) {
            for (auto& m : marks) m.fwd = m.bwd = 0;
            epoch = 1;
        }
        fwd_visits.clear();
        bwd_visits.clear();
    }
    std::uint32_t next_steps() {
        if (++step_epoch == 0) {
            for (auto& m : marks) m.step = 0;
            step_epoch = 1;
        }
        return step_epoch;
    }
};

Scratch& scratch(std::size_t n) {
    thread_local Scratch s;
    s.fit(n);
    return s;
}

class Walker {
  public:
    Walker(const KnowledgeGraph& kg, const PathOptions& o, Vertex a, Vertex b)
        : kg_(kg), o_(o), a_(a), b_(b) {}

    // `reverse`: walking from the target side, so edge directions flip when `directed`.
    // `skip` drops neighbours before the per-neighbour choice (a search's visited vertices).
    // The steps replace `out`.
    template <class Skip>
    void steps(Vertex v, bool reverse, const Skip& skip, std::vector<Step>& out) const {
        const Graph& g = kg_.graph();
        Scratch& sc = scratch(boost::num_vertices(g));
        const std::uint32_t stamp = sc.next_steps();
        out.clear();
        // One step per neighbour: the best edge, on a tie the one seen first (out-edges, then
        // in-edges, each in edge order), found through the neighbour's mark in O(degree).
        auto consider = [&](Vertex to, Edge e, bool forward) {
            if (to == v || skip(to)) return;
            if (!blocked_vertices_.empty() && blocked_vertices_.count(to)) return;
            if (!blocked_pairs_.empty() && blocked_pairs_.count({std::min(v, to), std::max(v, to)}))
                return;
            if (to != a_ && to != b_ && !o_.filter.allows_vertex(kg_, to)) return;
            if (!o_.filter.allows_edge(kg_, e)) return;
            auto& m = sc.marks[to];
            if (m.step != stamp) {
                m.step = stamp;
                m.step_pos = static_cast<std::uint32_t>(out.size());
                out.push_back(Step{to, e, forward});
            } else if (better(e, out[m.step_pos].edge)) {
                out[m.step_pos] = Step{to, e, forward};
            }
        };
        const bool out_ok = !o_.directed || !reverse;
        const bool in_ok = !o_.directed || reverse;
        if (out_ok)
            for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
                consider(boost::target(*it, g), *it, true);
        if (in_ok)
            for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
                consider(boost::source(*it, g), *it, false);
        // By neighbour index; the neighbours are unique, so the order is total.
        std::sort(out.begin(), out.end(), [](const Step& x, const Step& y) { return x.to < y.to; });
    }
    std::vector<Step> steps(Vertex v, bool reverse) const {
        std::vector<Step> out;
        steps(
            v, reverse, [](Vertex) { return false; }, out);
        return out;
    }

    /// Edges a step from `v` looks at: the cost of expanding it.
    std::size_t fan_out(Vertex v, bool reverse) const {
        const Graph& g = kg_.graph();
        std::size_t n = 0;
        if (!o_.directed || !reverse) n += boost::out_degree(v, g);
        if (!o_.directed || reverse) n += boost::in_degree(v, g);
        return n;
    }

    bool better(Edge x, Edge y) const {
        const auto& g = kg_.graph();
        if (g[x].inferred != g[y].inferred) return !g[x].inferred;
        if (g[x].confidence != g[y].confidence) return g[x].confidence > g[y].confidence;
        return false;  // edges(g) order: the one seen first stays
    }

    std::set<Vertex> blocked_vertices_;
    std::set<std::pair<Vertex, Vertex>> blocked_pairs_;

  private:
    const KnowledgeGraph& kg_;
    const PathOptions& o_;
    Vertex a_, b_;
};

std::optional<Path> bidirectional(const Walker& w, const Graph& g, Vertex a, Vertex b,
                                  std::size_t max_hops) {
    if (a == b) return Path{};
    Scratch& sc = scratch(boost::num_vertices(g));
    sc.next_query();
    const std::uint32_t epoch = sc.epoch;
    // The visit of `v` on one side, or null when that side has not reached it.
    auto fwd = [&](Vertex v) -> Scratch::Visit* {
        const auto& m = sc.marks[v];
        return m.fwd == epoch ? &sc.fwd_visits[m.fwd_slot] : nullptr;
    };
    auto bwd = [&](Vertex v) -> Scratch::Visit* {
        const auto& m = sc.marks[v];
        return m.bwd == epoch ? &sc.bwd_visits[m.bwd_slot] : nullptr;
    };
    auto visit = [&](bool forward_side, Vertex v, std::size_t depth, std::optional<Parent> p) {
        auto& m = sc.marks[v];
        auto& visits = forward_side ? sc.fwd_visits : sc.bwd_visits;
        (forward_side ? m.fwd : m.bwd) = epoch;
        (forward_side ? m.fwd_slot : m.bwd_slot) = static_cast<std::uint32_t>(visits.size());
        visits.push_back(Scratch::Visit{depth, p});
    };
    visit(true, a, 0, std::nullopt);
    visit(false, b, 0, std::nullopt);
    auto& ffront = sc.ffront;
    auto& bfront = sc.bfront;
    auto& next = sc.next;
    ffront.assign(1, a);
    bfront.assign(1, b);
    std::size_t fdepth = 0, bdepth = 0;
    std::optional<Vertex> meet;
    std::size_t best = SIZE_MAX;
    while (!ffront.empty() && !bfront.empty()) {
        if (max_hops && fdepth + bdepth >= max_hops) break;
        // Expand the side with fewer edges to look at, not fewer vertices: one hub (a country
        // on every page) costs more than thousands of ordinary vertices.
        auto cost = [&](const std::vector<Vertex>& front, bool reverse) {
            std::size_t c = 0;
            for (Vertex v : front) c += w.fan_out(v, reverse);
            return c;
        };
        const bool forward_side = cost(ffront, false) <= cost(bfront, true);
        auto& front = forward_side ? ffront : bfront;
        auto seen = [&](Vertex v) { return forward_side ? fwd(v) : bwd(v); };
        auto other = [&](Vertex v) { return forward_side ? bwd(v) : fwd(v); };
        next.clear();
        for (Vertex v : front) {
            const std::size_t depth = seen(v)->depth + 1;
            w.steps(
                v, !forward_side, [&](Vertex to) { return seen(to) != nullptr; }, sc.steps);
            for (const Step& s : sc.steps) {
                // Parent records the hop in the direction of the search: towards a or towards b.
                visit(forward_side, s.to, depth, Parent{v, s.edge, s.forward});
                next.push_back(s.to);
                if (const auto* o = other(s.to)) {
                    const std::size_t len = depth + o->depth;
                    if (len < best || (len == best && meet && s.to < *meet)) {
                        best = len;
                        meet = s.to;
                    }
                }
            }
        }
        (forward_side ? fdepth : bdepth) += 1;
        front.swap(next);
        if (meet) break;
    }
    if (!meet || (max_hops && best > max_hops)) return std::nullopt;
    Path left, right;
    for (Vertex v = *meet; fwd(v)->parent;) {
        const Parent p = *fwd(v)->parent;
        left.push_back(Hop{p.prev, v, p.edge, p.forward});
        v = p.prev;
    }
    std::reverse(left.begin(), left.end());
    for (Vertex v = *meet; bwd(v)->parent;) {
        const Parent p = *bwd(v)->parent;
        // Found walking from b: the step went p.prev -> v, so the hop on the path is v -> p.prev.
        right.push_back(Hop{v, p.prev, p.edge, !p.forward});
        v = p.prev;
    }
    left.insert(left.end(), right.begin(), right.end());
    return left;
}

}  // namespace

std::optional<Path> shortest_path(const KnowledgeGraph& kg, Vertex a, Vertex b,
                                  const PathOptions& options) {
    const Walker w(kg, options, a, b);
    return bidirectional(w, kg.graph(), a, b, options.max_hops);
}

std::vector<Path> all_shortest_paths(const KnowledgeGraph& kg, Vertex a, Vertex b,
                                     const PathOptions& options, std::size_t limit) {
    const Walker w(kg, options, a, b);
    const auto first = bidirectional(w, kg.graph(), a, b, options.max_hops);
    if (!first) return {};
    const std::size_t d = first->size();
    if (d == 0) return {Path{}};
    // Distances from b, up to d, then a depth-first walk from a along steps that lower it by one.
    std::unordered_map<Vertex, std::size_t> to_b{{b, 0}};
    std::vector<Vertex> front{b};
    for (std::size_t depth = 0; depth < d && !front.empty(); ++depth) {
        std::vector<Vertex> next;
        for (Vertex v : front)
            for (const Step& s : w.steps(v, true))
                if (!to_b.count(s.to)) {
                    to_b[s.to] = depth + 1;
                    next.push_back(s.to);
                }
        front.swap(next);
    }
    std::vector<Path> out;
    Path cur;
    auto dfs = [&](auto&& self, Vertex v, std::size_t left) -> void {
        if (out.size() >= limit) return;
        if (v == b) {
            out.push_back(cur);
            return;
        }
        for (const Step& s : w.steps(v, false)) {
            auto it = to_b.find(s.to);
            if (it == to_b.end() || it->second != left - 1) continue;
            cur.push_back(Hop{v, s.to, s.edge, s.forward});
            self(self, s.to, left - 1);
            cur.pop_back();
        }
    };
    dfs(dfs, a, d);
    return out;
}

std::vector<Path> k_shortest_paths(const KnowledgeGraph& kg, Vertex a, Vertex b, std::size_t k,
                                   const PathOptions& options) {
    std::vector<Path> found;
    if (k == 0) return found;
    Walker base(kg, options, a, b);
    auto first = bidirectional(base, kg.graph(), a, b, options.max_hops);
    if (!first) return found;
    found.push_back(*first);
    auto vertices_of = [&](const Path& p) {
        std::vector<Vertex> vs{a};
        for (const Hop& h : p) vs.push_back(h.to);
        return vs;
    };
    std::map<std::pair<std::size_t, std::vector<Vertex>>, Path> candidates;
    while (found.size() < k) {
        const Path& last = found.back();
        const auto last_vs = vertices_of(last);
        for (std::size_t i = 0; i < last.size(); ++i) {
            const Vertex spur = last_vs[i];
            Walker w(kg, options, spur, b);
            // Block the next hop of every found path sharing this root, and the root's vertices.
            for (const Path& p : found) {
                const auto vs = vertices_of(p);
                if (vs.size() > i + 1 &&
                    std::equal(vs.begin(), vs.begin() + static_cast<long>(i) + 1, last_vs.begin()))
                    w.blocked_pairs_.insert(
                        {std::min(vs[i], vs[i + 1]), std::max(vs[i], vs[i + 1])});
            }
            for (std::size_t j = 0; j < i; ++j) w.blocked_vertices_.insert(last_vs[j]);
            const std::size_t budget =
                options.max_hops ? (options.max_hops > i ? options.max_hops - i : 0) : 0;
            if (options.max_hops && budget == 0) continue;
            auto spur_path = bidirectional(w, kg.graph(), spur, b, budget);
            if (!spur_path) continue;
            Path total(last.begin(), last.begin() + static_cast<long>(i));
            total.insert(total.end(), spur_path->begin(), spur_path->end());
            auto vs = vertices_of(total);
            candidates.emplace(std::make_pair(total.size(), vs), std::move(total));
        }
        // Drop candidates already found; take the shortest (ties by vertex sequence).
        while (!candidates.empty()) {
            auto it = candidates.begin();
            const bool dup = std::any_of(found.begin(), found.end(), [&](const Path& p) {
                return vertices_of(p) == it->first.second;
            });
            if (!dup) break;
            candidates.erase(it);
        }
        if (candidates.empty()) break;
        found.push_back(candidates.begin()->second);
        candidates.erase(candidates.begin());
    }
    return found;
}

}  // namespace kg
