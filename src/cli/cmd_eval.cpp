#include "cli/cmd_eval.hpp"

#include <cstdio>

#include "graph/evaluation.hpp"

namespace kg::cli {

namespace {

std::string fixed3(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

void table(std::ostream& out, const char* what, const std::map<std::string, Counts>& by_type,
           const Counts& all) {
    char line[128];
    std::snprintf(line, sizeof line, "%-16s %5s %5s %5s %8s %6s %6s\n", what, "tp", "fp", "fn", "P",
                  "R", "F1");
    out << line;
    auto row = [&](const std::string& name, const Counts& c) {
        std::snprintf(line, sizeof line, "  %-14s %5zu %5zu %5zu %8s %6s %6s\n", name.c_str(), c.tp,
                      c.fp, c.fn, fixed3(c.precision()).c_str(), fixed3(c.recall()).c_str(),
                      fixed3(c.f1()).c_str());
        out << line;
    };
    for (const auto& [type, c] : by_type) row(type, c);
    row("ALL", all);
}

void json_counts(JsonWriter& w, const Counts& c) {
    check(w.StartObject());
    check(w.Key("precision") && w.Double(c.precision()));
    check(w.Key("recall") && w.Double(c.recall()));
    check(w.Key("f1") && w.Double(c.f1()));
    check(w.Key("tp") && w.Uint64(c.tp));
    check(w.Key("fp") && w.Uint64(c.fp));
    check(w.Key("fn") && w.Uint64(c.fn));
}

void json_part(JsonWriter& w, const char* key, const std::map<std::string, Counts>& by_type,
               const Counts& all) {
    check(w.Key(key));
    json_counts(w, all);
    check(w.Key("by_type"));
    check(w.StartObject());
    for (const auto& [type, c] : by_type) {
        check(w.Key(type.c_str()));
        json_counts(w, c);
        check(w.EndObject());
    }
    check(w.EndObject());
    check(w.EndObject());
}

void list(std::ostream& out, const char* title, const std::vector<std::string>& items) {
    out << '\n' << title << " (" << items.size() << "):\n";
    for (const auto& s : items) out << "  " << s << '\n';
}

}  // namespace

ExitCode run_eval(const EvalCliOptions& opts, std::ostream& out, std::ostream& err) {
    const KnowledgeGraph kg = load_query_graph(opts.input, err);
    const EvaluationResult r = evaluate(kg, opts.gold);
    if (opts.input.json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        check(w.StartObject());
        json_part(w, "nodes", r.nodes_by_type, r.nodes);
        json_part(w, "edges", r.edges_by_type, r.edges);
        check(w.EndObject());
        out << buf.GetString() << '\n';
    } else {
        table(out, "nodes", r.nodes_by_type, r.nodes);
        table(out, "edges", r.edges_by_type, r.edges);
        if (opts.verbose) {
            list(out, "missed nodes", r.missed_nodes);
            list(out, "false-positive nodes", r.false_nodes);
            list(out, "missed edges", r.missed_edges);
            list(out, "false-positive edges", r.false_edges);
        }
        out << "node F1 " << fixed3(r.nodes.f1()) << ", edge F1 " << fixed3(r.edges.f1()) << '\n';
    }
    const bool below = r.nodes.f1() < opts.min_node_f1 || r.edges.f1() < opts.min_edge_f1;
    return below ? ExitCode::below_threshold : ExitCode::ok;
}

}  // namespace kg::cli
