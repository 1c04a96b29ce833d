#include "cli/cmd_timeline.hpp"

#include <set>

#include "graph/lookup.hpp"
#include "graph/succession.hpp"
#include "util/error.hpp"

namespace kg::cli {

ExitCode run_timeline(const TimelineCliOptions& opts, std::ostream& out, std::ostream& err) {
    const FactFilter window = time_filter(opts.input);  // before the load: a bad date fails fast
    const KnowledgeGraph full = load_query_graph(opts.input, err);
    const KnowledgeGraph kg = window.has_time_window() ? filter_graph(full, window) : full;
    const Vertex office = resolve_name(kg, opts.office);
    const Graph& g = kg.graph();
    if (kg.ontology().entity(g[office].type).id != "Office")
        throw QueryError("KG-E440",
                         "'" + opts.office + "' is a " + kg.ontology().entity(g[office].type).id +
                             ", not an Office; try 'kgraph show' or 'kgraph neighbors'.");
    const auto timeline = office_timeline(kg, office);
    const auto succeeded = kg.ontology().relation_type("succeeded");
    // Successions of this office: those naming it, and those naming no office between two of
    // its holders (a stated "B succeeded A" need not say which post).
    std::set<Vertex> holders;
    for (const auto& t : timeline) holders.insert(t.person);
    std::vector<Edge> successions;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto& r = g[*it];
        if (r.type != succeeded) continue;
        const auto at = r.attrs.find("office");
        if (at != r.attrs.end()
                ? at->second == g[office].id
                : holders.count(boost::source(*it, g)) && holders.count(boost::target(*it, g)))
            successions.push_back(*it);
    }

    if (opts.input.json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        check(w.StartObject());
        check(w.Key("query"));
        write_string(w, "timeline");
        check(w.Key("office"));
        write_entity_ref(w, kg, office);
        check(w.Key("holders"));
        check(w.StartArray());
        for (const auto& t : timeline) {
            check(w.StartObject());
            check(w.Key("person"));
            write_entity_ref(w, kg, t.person);
            check(w.Key("from"));
            write_string(w, t.first);
            check(w.Key("to"));
            write_string(w, t.last);
            check(w.Key("evidence"));
            write_evidence(w, kg, g[t.holds].evidence);
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.Key("successions"));
        check(w.StartArray());
        for (Edge e : successions) {
            const auto& r = g[e];
            check(w.StartObject());
            check(w.Key("successor"));
            write_entity_ref(w, kg, boost::source(e, g));
            check(w.Key("predecessor"));
            write_entity_ref(w, kg, boost::target(e, g));
            check(w.Key("inferred"));
            check(w.Bool(r.inferred));
            check(w.Key("confidence"));
            check(w.Double(r.confidence));
            check(w.Key("basis"));
            write_string(w, r.attrs.count("basis") ? r.attrs.at("basis") : "");
            check(w.Key("inferred_from"));
            check(w.StartArray());
            for (const auto& f : r.inferred_from) write_string(w, f);
            check(w.EndArray());
            check(w.Key("evidence"));
            write_evidence(w, kg, r.evidence);
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.EndObject());
        out << buf.GetString() << '\n';
        return ExitCode::ok;
    }
    out << g[office].label << ": " << timeline.size() << " holder"
        << (timeline.size() == 1 ? "" : "s") << " with dated evidence\n";
    for (const auto& t : timeline) {
        out << "  " << t.first << (t.first == t.last ? std::string(14, ' ') : " .. " + t.last)
            << "  " << g[t.person].label << "  (" << g[t.holds].evidence.size() << " mention"
            << (g[t.holds].evidence.size() == 1 ? "" : "s") << ")\n";
    }
    if (!successions.empty()) out << "successions:\n";
    for (Edge e : successions) {
        const auto& r = g[e];
        out << "  " << g[boost::source(e, g)].label << " succeeded " << g[boost::target(e, g)].label
            << (r.inferred
                    ? "  [inferred, confidence " + std::to_string(r.confidence).substr(0, 4) + "]"
                    : "  [stated]")
            << '\n';
        if (r.attrs.count("basis")) out << "      basis: " << r.attrs.at("basis") << '\n';
        for (const auto& f : r.inferred_from) out << "      from fact: " << f << '\n';
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
