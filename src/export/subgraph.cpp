#include "export/subgraph.hpp"

#include <vector>

#include "graph/neighborhood.hpp"

namespace kg::exporters {

KnowledgeGraph select_subgraph(const KnowledgeGraph& kg, const SubgraphSpec& spec) {
    if (spec.is_whole_graph()) return kg;
    const Graph& g = kg.graph();
    const std::size_t n = boost::num_vertices(g);
    FactFilter facts = spec.facts;
    for (Vertex v = 0; v < n; ++v)
        if (!spec.types.empty() && !spec.types.count(g[v].type)) facts.avoid_vertices.insert(v);

    std::vector<bool> keep(n, false);
    if (spec.around) {
        keep[*spec.around] = true;
        for (const auto& nb : neighborhood(kg, *spec.around, spec.depth, Direction::both, facts))
            keep[nb.vertex] = true;
    } else {
        for (Vertex v = 0; v < n; ++v) keep[v] = facts.allows_vertex(kg, v);
    }

    std::vector<Edge> edges;
    std::vector<bool> touched(n, false);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const Vertex s = boost::source(*it, g), t = boost::target(*it, g);
        if (!keep[s] || !keep[t] || !facts.allows_edge(kg, *it)) continue;
        edges.push_back(*it);
        touched[s] = touched[t] = true;
    }
    const bool edge_filter = !facts.relations.empty() || facts.has_time_window();

    KnowledgeGraph out(kg.ontology_ptr());
    for (const auto& d : kg.documents()) out.add_document(d);
    std::vector<std::optional<Vertex>> map(n);
    for (Vertex v = 0; v < n; ++v) {
        if (!keep[v]) continue;
        const bool in_window = facts.in_window(kg, g[v].evidence);
        if (edge_filter && !touched[v] && v != spec.around &&
            !(facts.has_time_window() && in_window))
            continue;
        EntityProps e = g[v];
        e.evidence = facts.evidence_in_window(kg, e.evidence);
        map[v] = out.add_entity(std::move(e));
    }
    for (const Edge ed : edges) {
        RelationProps r = g[ed];
        r.evidence = facts.evidence_in_window(kg, r.evidence);
        out.add_relation(*map[boost::source(ed, g)], *map[boost::target(ed, g)], std::move(r));
    }
    return out;
}

}  // namespace kg::exporters
