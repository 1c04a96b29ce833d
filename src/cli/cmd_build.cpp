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

ExitCode run_build(const BuildCliOptions& opts, std::ostream& out, std::ostream& err) {
    const auto ontology = load_ontology(opts.ontology_dir);

    extract::BuildOptions build_options;
    build_options.ontology_dir = default_ontology_dir(opts.ontology_dir);
    build_options.gazetteers.assign(opts.gazetteers.begin(), opts.gazetteers.end());
    Progress progress(err, !opts.quiet && Progress::stderr_is_tty());
    build_options.threads = opts.jobs;
    build_options.read.repair_utf8 = opts.repair_utf8;
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
