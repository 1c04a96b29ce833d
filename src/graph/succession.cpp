#include "graph/succession.hpp"

#include <algorithm>
#include <cstdlib>

namespace kg {

long days_from_iso(const std::string& iso) {
    if (iso.size() != 10 && iso.size() != 7) return -1;
    for (std::size_t i = 0; i < iso.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? iso[i] != '-' : !(iso[i] >= '0' && iso[i] <= '9')) return -1;
    }
    long y = std::atol(iso.substr(0, 4).c_str());
    const long m = std::atol(iso.substr(5, 2).c_str());
    const long d = iso.size() == 10 ? std::atol(iso.substr(8, 2).c_str()) : 1;
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    // Civil-from-days inverse (Howard Hinnant's algorithm), days since 0000-03-01.
    y -= m <= 2;
    const long era = y / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

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
