#include "cli/cmd_show.hpp"

#include <set>

#include "graph/lookup.hpp"

namespace kg::cli {

ExitCode run_show(const ShowCliOptions& opts, std::ostream& out, std::ostream& err) {
    const FactFilter window = time_filter(opts.input);  // before the load: a bad date fails fast
    const KnowledgeGraph kg = load_query_graph(opts.input, err);
    const Vertex v = resolve_name(kg, opts.name);
    const Graph& g = kg.graph();
    const auto& e = g[v];
    struct Link {
        Edge edge;
        bool out;
    };
    std::vector<Link> links;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
        if (window.allows_edge(kg, *it)) links.push_back({*it, true});
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
        if (window.allows_edge(kg, *it) && boost::source(*it, g) != v)
            links.push_back({*it, false});
    std::set<DocId> docs;
    for (const auto& p : e.evidence) docs.insert(p.doc);

    if (opts.input.json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        check(w.StartObject());
        check(w.Key("query"));
        write_string(w, "show");
        check(w.Key("entity"));
        write_entity_ref(w, kg, v);
        check(w.Key("aliases"));
        check(w.StartArray());
        for (const auto& a : e.aliases) write_string(w, a);
        check(w.EndArray());
        check(w.Key("attrs"));
        check(w.StartObject());
        for (const auto& [k, val] : e.attrs) {
            check(w.Key(k.c_str()));
            write_string(w, val);
        }
        check(w.EndObject());
        check(w.Key("edges"));
        check(w.StartArray());
        for (const auto& l : links) {
            const auto& r = g[l.edge];
            check(w.StartObject());
            check(w.Key("direction"));
            write_string(w, l.out ? "out" : "in");
            check(w.Key("relation"));
            write_string(w, kg.ontology().relation(r.type).id);
            check(w.Key("other"));
            write_entity_ref(w, kg, l.out ? boost::target(l.edge, g) : boost::source(l.edge, g));
            check(w.Key("inferred"));
            check(w.Bool(r.inferred));
            check(w.Key("confidence"));
            check(w.Double(r.confidence));
            check(w.Key("attrs"));
            check(w.StartObject());
            for (const auto& [k, val] : r.attrs) {
                check(w.Key(k.c_str()));
                write_string(w, val);
            }
            check(w.EndObject());
            check(w.Key("evidence"));
            write_evidence(w, kg, window.evidence_in_window(kg, r.evidence));
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.Key("mentions"));
        write_evidence(w, kg, e.evidence);
        check(w.Key("documents"));
        check(w.StartArray());
        for (DocId d : docs) {
            const auto& doc = kg.documents().at(d);
            check(w.StartObject());
            check(w.Key("file"));
            write_string(w, doc.file);
            check(w.Key("date"));
            write_string(w, doc.date);
            check(w.Key("source"));
            write_string(w, doc.source);
            check(w.Key("title"));
            write_string(w, doc.title);
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.EndObject());
        out << buf.GetString() << '\n';
        return ExitCode::ok;
    }
    out << e.label << "\n  type: " << kg.ontology().entity(e.type).id << "\n  id: " << e.id << '\n';
    if (!e.aliases.empty()) {
        out << "  aliases:";
        for (std::size_t i = 0; i < e.aliases.size(); ++i) out << (i ? ", " : " ") << e.aliases[i];
        out << '\n';
    }
    for (const auto& [k, val] : e.attrs) out << "  " << k << ": " << val << '\n';
    out << "  edges (" << links.size() << "):\n";
    for (const auto& l : links) {
        const auto& r = g[l.edge];
        const std::string rel = kg.ontology().relation(r.type).id;
        const Vertex other = l.out ? boost::target(l.edge, g) : boost::source(l.edge, g);
        out << "    " << (l.out ? "--" + rel + "--> " : "<--" + rel + "-- ") << describe(kg, other);
        if (r.inferred) out << "  [inferred, confidence " << r.confidence << ']';
        out << '\n';
        for (const auto& [k, val] : r.attrs) out << "        " << k << ": " << val << '\n';
        print_evidence(out, kg, window.evidence_in_window(kg, r.evidence), "        ",
                       opts.evidence);
    }
    out << "  mentioned in " << docs.size() << " document" << (docs.size() == 1 ? "" : "s")
        << ":\n";
    for (DocId d : docs) {
        const auto& doc = kg.documents().at(d);
        out << "    " << doc.file << (doc.date.empty() ? "" : " (" + doc.date + ")")
            << (doc.source.empty() ? "" : ", " + doc.source) << '\n';
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
