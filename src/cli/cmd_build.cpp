#include "cli/cmd_build.hpp"

#include <filesystem>
#include <iomanip>
#include <sstream>

#include "cli/common.hpp"
#include "cli/progress.hpp"
#include "cli/summary.hpp"
#include "export/format.hpp"
#include "extract/corpus_builder.hpp"

namespace kg::cli {

namespace {

std::string human_size(std::uintmax_t bytes) {
    std::ostringstream os;
    const double b = static_cast<double>(bytes);
    if (bytes < 1024) {
        os << bytes << " B";
    } else if (bytes < 1024 * 1024) {
        os << std::fixed << std::setprecision(1) << b / 1024.0 << " KiB";
    } else {
        os << std::fixed << std::setprecision(1) << b / (1024.0 * 1024.0) << " MiB";
    }
    return os.str();
}

}  // namespace

CLI::App* setup_build(CLI::App& app, BuildCliOptions& opts) {
    auto* cmd =
        app.add_subcommand("build", "Extract a knowledge graph from news articles and write it");
    cmd->add_option("inputs", opts.inputs,
                    "Folders of .txt articles (with an optional manifest.json giving each file's "
                    "date, source and title) or single .txt files")
        ->required()
        ->type_name("INPUT");
    cmd->add_option("-o,--output", opts.outputs,
                    "Graph file to write; the format comes from the extension; repeat for "
                    "several formats")
        ->required()
        ->type_name("FILE")
        ->check(graph_output_validator());
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_option(
           "--gazetteer", opts.gazetteers,
           "Extra names to recognise, one per line: Type<TAB>canonical name<TAB>alias|alias "
           "(see ontology/README.md); repeatable")
        ->type_name("FILE")
        ->check(CLI::ExistingFile.description(""));  // keeps the help at "FILE ..."
    cmd->add_flag("-q,--quiet", opts.quiet, "Print no summary and no progress; only problems");
    cmd->footer([] {
        return "Formats: " + describe_formats() +
               "\n\nThe summary goes to stdout; skipped articles, warnings and errors go to stderr."
               "\nExit code 1 means a graph was written but some articles were skipped."
               "\n\nExamples:"
               "\n  kgraph build examples/corpus -o out/graph.graphml"
               "\n  kgraph build articles/ extra/note.txt -o g.graphml -o g.jsonld -o g.dot";
    });
    return cmd;
}

ExitCode run_build(const BuildCliOptions& opts, std::ostream& out, std::ostream& err) {
    const auto ontology = load_ontology(opts.ontology_dir);

    extract::BuildOptions build_options;
    build_options.ontology_dir = default_ontology_dir(opts.ontology_dir);
    build_options.gazetteers.assign(opts.gazetteers.begin(), opts.gazetteers.end());
    Progress progress(err, !opts.quiet && Progress::stderr_is_tty());
    build_options.progress = [&progress](std::size_t done, std::size_t total, std::size_t bytes) {
        progress.update(done, total, bytes);
    };

    const std::vector<std::filesystem::path> inputs(opts.inputs.begin(), opts.inputs.end());
    extract::BuildReport report;
    const KnowledgeGraph kg = extract::build_graph(inputs, ontology, build_options, report);
    progress.finish();
    print_diagnostics(err, report.diagnostics);

    std::vector<std::string> written;
    for (const auto& output : opts.outputs) {
        exporters::write_graph_file(kg, output);
        std::error_code ec;
        const auto size = std::filesystem::file_size(output, ec);
        written.push_back(output + " (" + std::string(exporters::format_for_path(output).name()) +
                          (ec ? "" : ", " + human_size(size)) + ")");
    }

    if (!opts.quiet) {
        out << "articles: " << report.documents_read << " read (" << human_size(report.bytes_read)
            << "), " << report.documents_skipped << " skipped"
            << (report.documents_skipped > 0 ? " (listed on stderr)" : "") << '\n';
        print_counts(out, count_graph(kg));
        for (const auto& w : written) out << "wrote " << w << '\n';
    }
    return report.documents_skipped > 0 ? ExitCode::inputs_skipped : ExitCode::ok;
}

}  // namespace kg::cli
