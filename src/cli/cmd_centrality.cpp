#include "cli/cmd_centrality.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "graph/centrality.hpp"
#include "util/error.hpp"

namespace kg::cli {

CLI::App* setup_centrality(CLI::App& app, CentralityCliOptions& opts) {
    auto* cmd = app.add_subcommand("centrality",
                                   "Rank entities by a centrality measure (NetworkX definitions)");
    add_query_input(*cmd, opts.input);
    cmd->add_option("--measure,-m", opts.measure, "Measure to compute")
        ->check(CLI::IsMember({"degree", "in-degree", "out-degree", "betweenness", "closeness",
                               "pagerank", "eigenvector"}))
        ->capture_default_str();
    cmd->add_option("--type", opts.types,
                    "Only list entities of these types (the measure uses the whole graph)")
        ->delimiter(',');
    cmd->add_option("--top", opts.top, "How many to list (0: all)")->capture_default_str();
    cmd->add_option("--sample", opts.sample,
                    "Betweenness from this many sampled sources (large graphs)");
    cmd->add_option("--seed", opts.seed, "Seed for --sample")->capture_default_str();
    cmd->add_flag("--undirected", opts.undirected,
                  "Treat every edge as undirected (as NetworkX's to_undirected())");
    cmd->add_flag("--raw", opts.raw, "Betweenness without normalisation");
    cmd->add_option("--threads", opts.threads,
                    "Threads for betweenness and closeness (0: all cores)");
    cmd->footer(query_footer(
        "Definitions follow NetworkX: degree measures are divided by n-1; betweenness by "
        "(n-1)(n-2);\n"
        "closeness is Wasserman-Faust over incoming distances; PageRank alpha 0.85; eigenvector "
        "over\n"
        "in-edges. Edges are directed unless --undirected. Parallel edges count in degree and\n"
        "PageRank, once elsewhere. Values are never NaN. See docs/queries.md.\n\n"
        "Examples:\n"
        "  kgraph centrality out/graph.graphml --measure betweenness --type Person --top 10\n"
        "  kgraph centrality big.graphml -m betweenness --sample 500 --seed 1 --json"));
    return cmd;
}

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
