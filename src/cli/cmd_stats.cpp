#include "cli/cmd_stats.hpp"

#include "cli/common.hpp"
#include "cli/summary.hpp"
#include "export/format.hpp"

namespace kg::cli {

CLI::App* setup_stats(CLI::App& app, StatsCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "stats",
        "Count the documents, nodes and edges (by type, and inferred edges) of a graph file");
    cmd->add_option("graph", opts.input,
                    "GraphML (.graphml) or JSON-LD (.jsonld) file kgraph wrote")
        ->required()
        ->type_name("GRAPH");
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_flag("--json", opts.json, "Print the counts as one JSON object");
    cmd->footer(
        "Examples:"
        "\n  kgraph stats out/graph.graphml"
        "\n  kgraph stats --json out/graph.jsonld");
    return cmd;
}

ExitCode run_stats(const StatsCliOptions& opts, std::ostream& out) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const KnowledgeGraph kg = exporters::read_graph_file(opts.input, ontology);
    const GraphCounts counts = count_graph(kg);
    if (opts.json) {
        out << counts_to_json(counts);
    } else {
        out << "graph: " << opts.input << '\n';
        print_counts(out, counts);
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
