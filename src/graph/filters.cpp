#include "graph/filters.hpp"

#include <optional>
#include <string_view>

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

std::vector<Provenance> FactFilter::evidence_in_window(
    const KnowledgeGraph& kg, const std::vector<Provenance>& evidence) const {
    if (!has_time_window()) return evidence;
    std::vector<Provenance> out;
    for (const auto& p : evidence)
        if (in_window(kg, {p})) out.push_back(p);
    return out;
}

namespace {

/// The edge a fact id ("<head id> <relation> <tail id>", KnowledgeGraph::fact_id) names.
std::optional<Edge> find_fact(const KnowledgeGraph& kg, const std::string& fact) {
    const auto a = fact.find(' ');
    const auto b = a == std::string::npos ? a : fact.find(' ', a + 1);
    if (b == std::string::npos) return std::nullopt;
    const auto head = kg.find(std::string_view(fact).substr(0, a));
    const auto tail = kg.find(std::string_view(fact).substr(b + 1));
    const auto type = kg.ontology().find_relation_type(fact.substr(a + 1, b - a - 1));
    if (!head || !tail || !type) return std::nullopt;
    return kg.find_relation(*head, *type, *tail);
}

}  // namespace

bool FactFilter::allows_edge(const KnowledgeGraph& kg, Edge e) const {
    if (relations.empty() && !has_time_window()) return true;  // without touching the edge
    const auto& r = kg.graph()[e];
    if (!relations.empty() && !relations.count(r.type)) return false;
    if (!in_window(kg, r.evidence)) return false;
    // An inference is known only once every fact it rests on is: "B succeeded A" needs B's
    // holding inside the window too, not just A's.
    if (r.inferred && has_time_window())
        for (const auto& fact : r.inferred_from)
            if (const auto premise = find_fact(kg, fact))
                if (!in_window(kg, kg.graph()[*premise].evidence)) return false;
    return true;
}

bool FactFilter::allows_vertex(const KnowledgeGraph& kg, Vertex v) const {
    if (avoid_vertices.empty() && avoid_types.empty()) return true;
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
        if (!s || !t || !filter.allows_edge(kg, *it)) continue;
        RelationProps r = g[*it];
        r.evidence = filter.evidence_in_window(kg, r.evidence);
        out.add_relation(*s, *t, std::move(r));
    }
    return out;
}

}  // namespace kg
