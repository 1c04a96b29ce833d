#include "cli/cmd_path.hpp"

#include "graph/lookup.hpp"
#include "graph/paths.hpp"

namespace kg::cli {

ExitCode run_path(const PathCliOptions& opts, std::ostream& out, std::ostream& err) {
    PathOptions po;
    po.filter = time_filter(opts.input);  // before the load: a bad date fails fast
    const KnowledgeGraph kg = load_query_graph(opts.input, err);
    const Vertex a = resolve_name(kg, opts.from);
    const Vertex b = resolve_name(kg, opts.to);
    po.filter.relations = relation_types(kg, opts.via);
    for (const auto& avoid : opts.avoid) {
        if (auto t = kg.ontology().find_entity_type(avoid))
            po.filter.avoid_types.insert(*t);
        else
            po.filter.avoid_vertices.insert(resolve_name(kg, avoid));
    }
    po.max_hops = opts.max_hops;
    po.directed = opts.directed;

    std::vector<Path> paths;
    if (opts.k > 0) {
        paths = k_shortest_paths(kg, a, b, opts.k, po);
    } else if (opts.all) {
        paths = all_shortest_paths(kg, a, b, po);
    } else if (auto p = shortest_path(kg, a, b, po)) {
        paths.push_back(std::move(*p));
    }

    const Graph& g = kg.graph();
    if (opts.input.json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        check(w.StartObject());
        check(w.Key("query"));
        write_string(w, "path");
        check(w.Key("from"));
        write_entity_ref(w, kg, a);
        check(w.Key("to"));
        write_entity_ref(w, kg, b);
        check(w.Key("paths"));
        check(w.StartArray());
        for (const Path& p : paths) {
            check(w.StartObject());
            check(w.Key("length"));
            check(w.Uint64(p.size()));
            check(w.Key("hops"));
            check(w.StartArray());
            for (const Hop& h : p) {
                const auto& r = g[h.edge];
                check(w.StartObject());
                check(w.Key("from"));
                write_entity_ref(w, kg, h.from);
                check(w.Key("to"));
                write_entity_ref(w, kg, h.to);
                check(w.Key("relation"));
                write_string(w, kg.ontology().relation(r.type).id);
                check(w.Key("direction"));
                write_string(w, h.forward ? "forward" : "backward");
                check(w.Key("inferred"));
                check(w.Bool(r.inferred));
                check(w.Key("confidence"));
                check(w.Double(r.confidence));
                check(w.Key("evidence"));
                write_evidence(w, kg, po.filter.evidence_in_window(kg, r.evidence));
                check(w.EndObject());
            }
            check(w.EndArray());
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.EndObject());
        out << buf.GetString() << '\n';
        return ExitCode::ok;
    }

    const bool filtered = po.filter.has_time_window() || !po.filter.relations.empty() ||
                          !po.filter.avoid_types.empty() || !po.filter.avoid_vertices.empty() ||
                          opts.directed;
    if (paths.empty()) {
        out << "No path from " << describe(kg, a) << " to " << describe(kg, b)
            << (opts.max_hops ? " within " + std::to_string(opts.max_hops) +
                                    (opts.max_hops == 1 ? " hop" : " hops")
                              : std::string())
            << (filtered ? " with these filters" : "") << ".\n";
        return ExitCode::ok;
    }
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const Path& p = paths[i];
        out << (paths.size() > 1 ? "Path " + std::to_string(i + 1) + ": " : std::string())
            << p.size() << (p.size() == 1 ? " hop" : " hops") << " from " << describe(kg, a)
            << " to " << describe(kg, b) << '\n';
        for (const Hop& h : p) {
            const auto& r = g[h.edge];
            const std::string rel = kg.ontology().relation(r.type).id;
            out << "  " << g[h.from].label
                << (h.forward ? "  --" + rel + "-->  " : "  <--" + rel + "--  ") << g[h.to].label
                << (r.inferred ? "   [inferred]" : "") << '\n';
            print_evidence(out, kg, po.filter.evidence_in_window(kg, r.evidence), "      ",
                           opts.evidence);
            if (r.inferred)
                for (const auto& f : r.inferred_from) out << "      inferred from: " << f << '\n';
        }
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
