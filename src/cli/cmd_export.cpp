#include "cli/cmd_export.hpp"

#include "cli/common.hpp"
#include "export/format.hpp"

namespace kg::cli {

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
    cmd->footer([] {
        return "Formats: " + describe_formats() +
               "\n\nExamples:"
               "\n  kgraph export out/graph.graphml -o out/graph.dot"
               "\n  kgraph export out/graph.jsonld -o copy.graphml -o copy.dot";
    });
    return cmd;
}

ExitCode run_export(const ExportCliOptions& opts, std::ostream& out) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const KnowledgeGraph kg = exporters::read_graph_file(opts.input, ontology);
    for (const auto& output : opts.outputs) {
        exporters::write_graph_file(kg, output);
        if (!opts.quiet) {
            out << "wrote " << output << " (" << exporters::format_for_path(output).name() << ")\n";
        }
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
