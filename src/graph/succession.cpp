#include "graph/succession.hpp"

#include <algorithm>
#include <cstdlib>

#include "util/dates.hpp"

namespace kg {

long days_from_iso(const std::string& iso) { return dates::days_from_iso(iso); }

std::vector<Tenure> office_timeline(const KnowledgeGraph& kg, Vertex office) {
    const Graph& g = kg.graph();
    const auto holds = kg.ontology().find_relation_type("holds-office");
    std::vector<Tenure> out;
    if (!holds) return out;
    for (auto [it, end] = boost::in_edges(office, g); it != end; ++it) {
        if (g[*it].type != *holds) continue;
        Tenure t{boost::source(*it, g), *it, {}, {}};
        for (const auto& p : g[*it].evidence) {
            const std::string& date = kg.documents().at(p.doc).date;
            if (days_from_iso(date) < 0) continue;
            if (t.first.empty() || date < t.first) t.first = date;
            if (t.last.empty() || date > t.last) t.last = date;
        }
        if (!t.first.empty()) out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(), [&](const Tenure& a, const Tenure& b) {
        return std::tie(a.first, a.last, g[a.person].id) <
               std::tie(b.first, b.last, g[b.person].id);
    });
    return out;
}

std::size_t infer_successions(KnowledgeGraph& kg, const SuccessionOptions& options) {
    const auto succeeded = kg.ontology().find_relation_type("succeeded");
    const auto office_type = kg.ontology().find_entity_type("Office");
    if (!succeeded || !office_type) return 0;
    std::size_t added = 0;
    const auto n = boost::num_vertices(kg.graph());
    for (Vertex office = 0; office < n; ++office) {
        if (kg.graph()[office].type != *office_type) continue;
        const auto timeline = office_timeline(kg, office);
        for (std::size_t i = 1; i < timeline.size(); ++i) {
            const Tenure& before = timeline[i - 1];
            const Tenure& after = timeline[i];
            if (before.person == after.person) continue;
            // Evidence that overlaps in time gives no order: better no edge than a guess.
            if (after.first <= before.last) continue;
            const Graph& g = kg.graph();
            const long gap = days_from_iso(after.first) - days_from_iso(before.last);
            RelationProps r;
            r.type = *succeeded;
            r.inferred = true;
            r.confidence = gap > options.max_gap_days ? options.gap_confidence : 1.0;
            r.attrs["office"] = g[office].id;
            r.attrs["basis"] =
                g[before.person].label + " held it " + before.first +
                (before.first == before.last ? "" : " to " + before.last) + "; " +
                g[after.person].label + " from " + after.first +
                (gap > options.max_gap_days ? " (gap of " + std::to_string(gap) +
                                                  " days: someone may have held it between)"
                                            : "");
            r.evidence = g[before.holds].evidence;
            r.evidence.insert(r.evidence.end(), g[after.holds].evidence.begin(),
                              g[after.holds].evidence.end());
            r.inferred_from = {kg.fact_id(before.holds), kg.fact_id(after.holds)};
            kg.add_relation(after.person, before.person, std::move(r));
            ++added;
        }
    }
    return added;
}

}  // namespace kg
