#include "graph/filters.hpp"

#include <optional>

namespace kg {

bool FactFilter::in_window(const KnowledgeGraph& kg,
                           const std::vector<Provenance>& evidence) const {
    if (!has_time_window()) return true;
    for (const auto& p : evidence) {
        const std::string& date = kg.documents().at(p.doc).date;
        if (date.empty()) continue;
        // ISO dates compare as strings; a shorter "until" (2023) must include all of 2023.
        if (!since.empty() && date < since) continue;
        if (!until.empty() && date.compare(0, until.size(), until) > 0) continue;
        return true;
    }
    return false;
}

bool FactFilter::allows_edge(const KnowledgeGraph& kg, Edge e) const {
    const auto& r = kg.graph()[e];
    if (!relations.empty() && !relations.count(r.type)) return false;
    return in_window(kg, r.evidence);
}

bool FactFilter::allows_vertex(const KnowledgeGraph& kg, Vertex v) const {
    return !avoid_vertices.count(v) && !avoid_types.count(kg.graph()[v].type);
}

KnowledgeGraph filter_graph(const KnowledgeGraph& kg, const FactFilter& filter) {
    KnowledgeGraph out(kg.ontology_ptr());
    for (const auto& d : kg.documents()) out.add_document(d);
    const Graph& g = kg.graph();
    std::vector<std::optional<Vertex>> map(boost::num_vertices(g));
    for (Vertex v = 0; v < boost::num_vertices(g); ++v)
        if (filter.allows_vertex(kg, v)) map[v] = out.add_entity(g[v]);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto s = map[boost::source(*it, g)], t = map[boost::target(*it, g)];
        if (s && t && filter.allows_edge(kg, *it)) out.add_relation(*s, *t, g[*it]);
    }
    return out;
}

}  // namespace kg
