#include "cli/cmd_centrality.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "graph/centrality.hpp"
#include "util/error.hpp"

namespace kg::cli {

ExitCode run_centrality(const CentralityCliOptions& opts, std::ostream& out, std::ostream& err) {
    const FactFilter window = time_filter(opts.input);  // before the load: a bad date fails fast
    const KnowledgeGraph full = load_query_graph(opts.input, err);
    const KnowledgeGraph kg = window.has_time_window() ? filter_graph(full, window) : full;
    const Measure m = *parse_measure(opts.measure);
    CentralityOptions co;
    co.undirected = opts.undirected;
    co.normalized = !opts.raw;
    co.sample = opts.sample;
    co.seed = opts.seed;
    co.threads = opts.threads;
    const std::vector<double> values = centrality(kg, m, co);

    const Graph& g = kg.graph();
    const auto keep = entity_types(kg, opts.types);
    std::vector<Vertex> order;
    for (Vertex v = 0; v < boost::num_vertices(g); ++v)
        if (keep.empty() || keep.count(g[v].type)) order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](Vertex x, Vertex y) {
        if (values[x] != values[y]) return values[x] > values[y];
        return g[x].id < g[y].id;
    });
    if (opts.top && order.size() > opts.top) order.resize(opts.top);

    if (opts.input.json) {
        rapidjson::StringBuffer buf;
        JsonWriter w(buf);
        check(w.StartObject());
        check(w.Key("query"));
        write_string(w, "centrality");
        check(w.Key("measure"));
        write_string(w, opts.measure);
        check(w.Key("directed"));
        check(w.Bool(!opts.undirected));
        check(w.Key("normalized"));
        check(w.Bool(!opts.raw));
        check(w.Key("sampled_sources"));
        check(w.Uint64(m == Measure::betweenness ? opts.sample : 0));
        check(w.Key("results"));
        check(w.StartArray());
        for (Vertex v : order) {
            check(w.StartObject());
            check(w.Key("id"));
            write_string(w, g[v].id);
            check(w.Key("label"));
            write_string(w, g[v].label);
            check(w.Key("type"));
            write_string(w, kg.ontology().entity(g[v].type).id);
            check(w.Key("value"));
            check(w.Double(values[v]));
            check(w.EndObject());
        }
        check(w.EndArray());
        check(w.EndObject());
        out << buf.GetString() << '\n';
        return ExitCode::ok;
    }
    out << opts.measure << (opts.undirected ? " (undirected)" : "") << ", top " << order.size()
        << " of " << boost::num_vertices(g) << " entities\n";
    std::size_t rank = 0;
    for (Vertex v : order) {
        char value[32];
        std::snprintf(value, sizeof value, "%.6f", values[v]);
        out << "  " << ++rank << ". " << value << "  " << g[v].label << " ("
            << kg.ontology().entity(g[v].type).id << ")\n";
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
