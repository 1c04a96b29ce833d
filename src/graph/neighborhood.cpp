#include "graph/neighborhood.hpp"

#include <unordered_map>

namespace kg {

std::vector<Neighbor> neighborhood(const KnowledgeGraph& kg, Vertex centre, std::size_t depth,
                                   Direction direction, const FactFilter& filter) {
    const Graph& g = kg.graph();
    std::unordered_map<Vertex, std::size_t> seen{{centre, 0}};
    std::vector<Neighbor> out;
    std::vector<Vertex> front{centre};
    for (std::size_t d = 1; d <= depth && !front.empty(); ++d) {
        std::vector<Vertex> next;
        for (Vertex v : front) {
            auto visit = [&](Vertex to, Edge e, bool forward) {
                if (!filter.allows_edge(kg, e) || !filter.allows_vertex(kg, to)) return;
                auto it = seen.find(to);
                if (it == seen.end()) {
                    seen.emplace(to, d);
                    next.push_back(to);
                } else if (it->second != d) {
                    return;
                }
                out.push_back(Neighbor{to, d, e, forward});
            };
            if (direction != Direction::in)
                for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
                    visit(boost::target(*it, g), *it, true);
            if (direction != Direction::out)
                for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
                    visit(boost::source(*it, g), *it, false);
        }
        front.swap(next);
    }
    return out;
}

}  // namespace kg
