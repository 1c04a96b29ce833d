#include "cli/cmd_build.hpp"

#include <filesystem>

#include "cli/common.hpp"
#include "cli/outputs.hpp"
#include "cli/progress.hpp"
#include "export/format.hpp"
#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"
#include "util/error.hpp"

namespace kg::cli {

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
    cmd->add_option("--facts", opts.facts,
                    "Also keep the per-document facts in FILE (JSON Lines), so that 'kgraph add' "
                    "and 'kgraph remove' can update the graph without extracting every article "
                    "again; by their convention FILE is the graph file's name + '.facts'")
        ->type_name("FILE");
    add_jobs_option(*cmd, opts.jobs);
    cmd->add_flag("-q,--quiet", opts.quiet, "Print no summary and no progress; only problems");
    cmd->footer([] {
        return "Formats: " + describe_formats() +
               "\n\nThe summary goes to stdout; skipped articles, warnings and errors go to stderr."
               "\nExit code 1 means a graph was written but some articles were skipped."
               "\n\nExamples:"
               "\n  kgraph build examples/corpus -o out/graph.graphml"
               "\n  kgraph build articles/ extra/note.txt -o g.graphml -o g.jsonld -o g.dot"
               "\n  kgraph build -j 1 articles/ -o g.graphml   # one extraction thread";
    });
    return cmd;
}

ExitCode run_build(const BuildCliOptions& opts, std::ostream& out, std::ostream& err) {
    const auto ontology = load_ontology(opts.ontology_dir);

    extract::BuildOptions build_options;
    build_options.ontology_dir = default_ontology_dir(opts.ontology_dir);
    build_options.gazetteers.assign(opts.gazetteers.begin(), opts.gazetteers.end());
    Progress progress(err, !opts.quiet && Progress::stderr_is_tty());
    build_options.threads = opts.jobs;
    build_options.progress = [&progress](const extract::BuildProgress& p) {
        progress.update(p.done, p.total, p.bytes, p.total_bytes);
    };

    const std::vector<std::filesystem::path> inputs(opts.inputs.begin(), opts.inputs.end());
    extract::BuildReport report;
    const extract::CorpusExtractor extractor(ontology, build_options);
    auto facts = [&] {
        try {
            return extractor.extract(inputs, report);
        } catch (const Error&) {
            // "no readable article": the reasons each article was skipped come first.
            progress.finish();
            print_diagnostics(err, report.diagnostics);
            throw;
        }
    }();
    progress.finish();
    print_diagnostics(err, report.diagnostics);
    if (!opts.facts.empty())
        extract::write_facts_file(opts.facts, {facts_header(*ontology, opts.gazetteers), facts});
    const KnowledgeGraph kg = extractor.assemble(std::move(facts));
    const auto written = write_outputs(kg, opts.outputs);
    if (!opts.quiet) print_summary(out, report, kg, written);
    return report.documents_skipped > 0 ? ExitCode::inputs_skipped : ExitCode::ok;
}

}  // namespace kg::cli
