#include "graph/filters.hpp"

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

}  // namespace kg
