#include "cli/cmd_export.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>

#include "cli/common.hpp"
#include "cli/query_common.hpp"
#include "export/format.hpp"
#include "export/subgraph.hpp"
#include "graph/lookup.hpp"

extern char** environ;

namespace kg::cli {
namespace {

/// Runs Graphviz `dot -T<format> DOT -o OUT` (no shell, so file names need no quoting); a missing
/// Graphviz or a failed render is an ExportError naming the file.
void render_dot(const std::string& dot_file, const std::string& format, const std::string& out) {
    const std::string flag = "-T" + format;
    const char* argv[] = {"dot", flag.c_str(), dot_file.c_str(), "-o", out.c_str(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "dot", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
        throw ExportError("KG-E415", out +
                                         ": cannot run Graphviz 'dot' for --render (apt-get "
                                         "install graphviz).");
    int status = 0;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::error_code ec;
        std::filesystem::remove(out, ec);
        throw ExportError("KG-E416", out + ": Graphviz 'dot " + flag + "' failed on " + dot_file +
                                         (WIFEXITED(status) && WEXITSTATUS(status) == 127
                                              ? " (dot not found: apt-get install graphviz)."
                                              : "."));
    }
}

}  // namespace

CLI::App* setup_export(CLI::App& app, ExportCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "export", "Convert a graph kgraph wrote (GraphML, GEXF or JSON-LD) into other formats");
    cmd->add_option("graph", opts.input,
                    "GraphML (.graphml), GEXF (.gexf) or JSON-LD (.jsonld) file kgraph wrote")
        ->required()
        ->type_name("GRAPH");
    cmd->add_option("-o,--output", opts.outputs,
                    "File to write; the format comes from the extension; repeat for several")
        ->required()
        ->type_name("FILE")
        ->check(graph_output_validator());
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_flag("-q,--quiet", opts.quiet, "Do not list the files written");
    cmd->add_option("--type", opts.types, "Keep only entities of these types (Person,Meeting,...)")
        ->delimiter(',')
        ->type_name("TYPE,...");
    cmd->add_option("--edge", opts.edges, "Keep only relations of these types (co-chaired,...)")
        ->delimiter(',')
        ->type_name("RELATION,...");
    cmd->add_option("--around", opts.around,
                    "Keep only the entities within --depth hops of this one (id, name or alias)")
        ->type_name("NAME");
    cmd->add_option("--depth", opts.depth, "Hops from --around (default 1)")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{0}, std::size_t{1000}));
    cmd->add_option("--render", opts.render,
                    "Also draw each .dot/.gv output as FILE.svg or FILE.png with Graphviz")
        ->type_name("svg|png")
        ->check(CLI::IsMember({"svg", "png"}));
    cmd->add_option("--since", opts.since, "Keep only facts with evidence dated on or after DATE")
        ->type_name("DATE");
    cmd->add_option("--until", opts.until, "Keep only facts with evidence dated on or before DATE")
        ->type_name("DATE");
    cmd->footer([] {
        return "Formats: " + describe_formats() +
               "\n\nExamples:"
               "\n  kgraph export out/graph.graphml -o out/graph.dot"
               "\n  kgraph export out/graph.jsonld -o copy.graphml -o copy.dot"
               "\n  kgraph export out/graph.graphml --around \"Lloyd Austin\" --depth 2 -o "
               "austin.gexf"
               "\n  kgraph export out/graph.graphml --type Person,Meeting --edge co-chaired -o "
               "chairs.dot"
               "\n  kgraph export out/graph.graphml --since 2023-01-01 --until 2023-12-31 -o "
               "2023.gexf"
               "\n\nWith a filter, the file holds the selected entities and the selected edges "
               "between"
               "\nthem; with --since/--until, only the facts and the evidence dated inside.";
    });
    return cmd;
}

ExitCode run_export(const ExportCliOptions& opts, std::ostream& out) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const KnowledgeGraph whole = exporters::read_graph_file(opts.input, ontology);
    QueryInput window;
    window.since = opts.since;
    window.until = opts.until;
    exporters::SubgraphSpec spec;
    spec.facts = time_filter(window);
    spec.facts.relations = relation_types(whole, opts.edges);
    spec.types = entity_types(whole, opts.types);
    if (!opts.around.empty()) spec.around = resolve_name(whole, opts.around);
    spec.depth = opts.depth;
    const KnowledgeGraph kg = exporters::select_subgraph(whole, spec);
    for (const auto& output : opts.outputs) {
        exporters::write_graph_file(kg, output);
        const auto& format = exporters::format_for_path(output);
        if (!opts.quiet) out << "wrote " << output << " (" << format.name() << ")\n";
        if (!opts.render.empty() && format.name() == "dot") {
            const std::string drawn =
                std::filesystem::path(output).replace_extension(opts.render).string();
            render_dot(output, opts.render, drawn);
            if (!opts.quiet) out << "wrote " << drawn << " (" << opts.render << ", Graphviz)\n";
        }
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
