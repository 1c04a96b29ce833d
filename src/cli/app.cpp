#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <new>

#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/options.hpp"
#include "util/error.hpp"

#ifndef KG_VERSION
#error "KG_VERSION must be defined by the build (src/cli/CMakeLists.txt)"
#endif

namespace kg::cli {

namespace {

constexpr const char* kFooter =
    "Exit codes: 0 ok, 1 graph written but some articles skipped (eval: below --min-*-f1),\n"
    "2 usage error, "
    "3 unusable input (article folder, manifest, graph file, ontology),\n"
    "4 output error, "
    "5 internal error.\n"
    "\n"
    "Examples:\n"
    "  kgraph build examples/corpus -o out/graph.graphml -o out/graph.jsonld -o out/graph.dot\n"
    "  kgraph export out/graph.graphml -o out/copy.jsonld\n"
    "  kgraph stats out/graph.graphml\n"
    "  kgraph path out/graph.graphml \"Minoru Kihara\" \"Pete Hegseth\"\n"
    "  kgraph centrality out/graph.graphml -m betweenness --type Person --top 10\n"
    "  kgraph neighbors out/graph.graphml \"Lloyd Austin\" --depth 2\n"
    "  kgraph show out/graph.graphml \"Shin Won-sik\"\n"
    "  kgraph timeline out/graph.graphml \"Minister of National Defense (South Korea)\"\n"
    "  kgraph eval --gold tests/data/heldout/gold.json tests/data/heldout\n"
    "  kgraph build articles/ -o g.graphml --facts g.graphml.facts; kgraph add g.graphml new/\n"
    "  (the query commands also take a folder of articles as GRAPH; docs/queries.md)\n"
    "\n"
    "Run 'kgraph COMMAND --help' for the options of a command.";

/// "kgraph: error: <message> [<code>]" on one line.
void print_error(std::ostream& err, const std::string& message, const std::string& code = {}) {
    err << "kgraph: error: " << one_line(message);
    if (!code.empty()) err << " [" << code << ']';
    err << '\n';
}

int run_parsed(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CLI::App app(
        "kgraph turns news articles into a typed knowledge graph of people, offices, "
        "meetings, agreements, countries and organizations, and exports it for Gephi, "
        "Graphviz and linked-data tools.",
        "kgraph");
    app.set_version_flag("--version", std::string("kgraph ") + KG_VERSION);
    app.require_subcommand(0, 1);

    BuildCliOptions build_opts;
    ExportCliOptions export_opts;
    StatsCliOptions stats_opts;
    PathCliOptions path_opts;
    CentralityCliOptions centrality_opts;
    NeighborsCliOptions neighbors_opts;
    ShowCliOptions show_opts;
    TimelineCliOptions timeline_opts;
    EvalCliOptions eval_opts;
    ExtractCliOptions extract_opts;
    MergeCliOptions merge_opts;
    UpdateCliOptions add_opts, remove_opts;
    const CLI::App* build_cmd = setup_build(app, build_opts);
    const CLI::App* export_cmd = setup_export(app, export_opts);
    const CLI::App* stats_cmd = setup_stats(app, stats_opts);
    const CLI::App* path_cmd = setup_path(app, path_opts);
    const CLI::App* centrality_cmd = setup_centrality(app, centrality_opts);
    const CLI::App* neighbors_cmd = setup_neighbors(app, neighbors_opts);
    const CLI::App* show_cmd = setup_show(app, show_opts);
    const CLI::App* timeline_cmd = setup_timeline(app, timeline_opts);
    const CLI::App* eval_cmd = setup_eval(app, eval_opts);
    const CLI::App* extract_cmd = setup_extract(app, extract_opts);
    const CLI::App* merge_cmd = setup_merge(app, merge_opts);
    const CLI::App* add_cmd = setup_add(app, add_opts);
    const CLI::App* remove_cmd = setup_remove(app, remove_opts);
    // After the subcommands: CLI11 copies the parent's footer into subcommands created later.
    app.footer(kFooter);

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 pops from the back
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            return app.exit(e, out, err);  // --help, --version
        }
        const auto parsed = app.get_subcommands();
        const std::string help =
            parsed.empty() ? "kgraph --help" : "kgraph " + parsed.front()->get_name() + " --help";
        print_error(err, std::string(e.what()) + " (see '" + help + "')");
        return to_int(ExitCode::usage);
    }

    if (build_cmd->parsed()) return to_int(run_build(build_opts, out, err));
    if (export_cmd->parsed()) return to_int(run_export(export_opts, out));
    if (stats_cmd->parsed()) return to_int(run_stats(stats_opts, out));
    if (path_cmd->parsed()) return to_int(run_path(path_opts, out, err));
    if (centrality_cmd->parsed()) return to_int(run_centrality(centrality_opts, out, err));
    if (neighbors_cmd->parsed()) return to_int(run_neighbors(neighbors_opts, out, err));
    if (show_cmd->parsed()) return to_int(run_show(show_opts, out, err));
    if (timeline_cmd->parsed()) return to_int(run_timeline(timeline_opts, out, err));
    if (eval_cmd->parsed()) return to_int(run_eval(eval_opts, out, err));
    if (extract_cmd->parsed()) return to_int(run_extract(extract_opts, out, err));
    if (merge_cmd->parsed()) return to_int(run_merge(merge_opts, out, err));
    if (add_cmd->parsed()) return to_int(run_add(add_opts, out, err));
    if (remove_cmd->parsed()) return to_int(run_remove(remove_opts, out, err));
    err << app.help();
    return to_int(ExitCode::usage);
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) noexcept {
    try {
        try {
            return run_parsed(args, out, err);
        } catch (const Error& e) {
            print_error(err, e.what(), e.code());
            return to_int(exit_code_for(e));
        } catch (const std::bad_alloc&) {
            print_error(err, "out of memory.");
            return to_int(ExitCode::internal);
        } catch (const std::exception& e) {
            print_error(err, std::string("internal error: ") + e.what());
            return to_int(ExitCode::internal);
        } catch (...) {
            print_error(err, "internal error: unknown exception.");
            return to_int(ExitCode::internal);
        }
    } catch (...) {
        // Writing the message itself failed (e.g. stderr closed): the exit code still tells.
        return to_int(ExitCode::internal);
    }
}

}  // namespace kg::cli
