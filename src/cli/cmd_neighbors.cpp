#include "cli/cmd_neighbors.hpp"

#include "graph/lookup.hpp"
#include "graph/neighborhood.hpp"

namespace kg::cli {

ExitCode run_neighbors(const NeighborsCliOptions& opts, std::ostream& out, std::ostream& err) {
    FactFilter filter = time_filter(opts.input);  // before the load: a bad date fails fast
    const KnowledgeGraph kg = load_query_graph(opts.input, err);
    const Vertex centre = resolve_name(kg, opts.name);
    filter.relations = relation_types(kg, opts.edges);
    const Direction dir = opts.direction == "in"    ? Direction::in
                          : opts.direction == "out" ? Direction::out
                                                    : Direction::both;
    const auto found = neighborhood(kg, centre, opts.depth, dir, filter);
    const Graph& g = kg.graph();
    if (opts.input.json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        check(w.StartObject());
        check(w.Key("query"));
        write_string(w, "neighbors");
        check(w.Key("entity"));
        write_entity_ref(w, kg, centre);
        check(w.Key("neighbors"));
        check(w.StartArray());
        for (const auto& n : found) {
            check(w.StartObject());
            check(w.Key("entity"));
            write_entity_ref(w, kg, n.vertex);
            check(w.Key("depth"));
            check(w.Uint64(n.depth));
            check(w.Key("relation"));
            write_string(w, kg.ontology().relation(g[n.edge].type).id);
            check(w.Key("direction"));
            write_string(w, n.forward ? "out" : "in");
            check(w.Key("from"));
            write_string(w, g[n.forward ? boost::source(n.edge, g) : boost::target(n.edge, g)].id);
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.EndObject());
        out << buf.GetString() << '\n';
        return ExitCode::ok;
    }
    out << found.size() << " neighbour link" << (found.size() == 1 ? "" : "s") << " of "
        << describe(kg, centre) << '\n';
    for (const auto& n : found) {
        const std::string rel = kg.ontology().relation(g[n.edge].type).id;
        const Vertex other_end = n.forward ? boost::source(n.edge, g) : boost::target(n.edge, g);
        out << "  " << std::string(2 * (n.depth - 1), ' ')
            << (n.forward ? "--" + rel + "--> " : "<--" + rel + "-- ") << describe(kg, n.vertex);
        if (n.depth > 1) out << "  (via " << g[other_end].label << ')';
        out << '\n';
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
