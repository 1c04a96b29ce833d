#include "cli/cmd_extract.hpp"

#include <charconv>

#include "cli/common.hpp"
#include "cli/outputs.hpp"
#include "cli/progress.hpp"
#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"

namespace kg::cli {

bool parse_shard(const std::string& text, std::size_t& k, std::size_t& n) {
    const auto slash = text.find('/');
    if (slash == std::string::npos) return false;
    const char* s = text.data();
    const char* end = s + text.size();
    return std::from_chars(s, s + slash, k).ptr == s + slash &&
           std::from_chars(s + slash + 1, end, n).ptr == end && n >= 1 && k >= 1 && k <= n;
}

ExitCode run_extract(const ExtractCliOptions& opts, std::ostream& out, std::ostream& err) {
    extract::BuildOptions build_options;
    std::size_t k = 1, n = 1;
    if (!opts.shard.empty()) parse_shard(opts.shard, k, n);  // validated when parsed
    build_options.shard_index = k - 1;
    build_options.shard_count = n;
    const auto ontology = load_ontology(opts.ontology_dir);
    build_options.ontology_dir = default_ontology_dir(opts.ontology_dir);
    build_options.gazetteers.assign(opts.gazetteers.begin(), opts.gazetteers.end());
    build_options.threads = opts.jobs;
    build_options.read.repair_utf8 = opts.repair_utf8;
    Progress progress(err, !opts.quiet && Progress::stderr_is_tty());
    build_options.progress = [&progress](const extract::BuildProgress& p) {
        progress.update(p.done, p.total, p.bytes, p.total_bytes);
    };
    const std::vector<std::filesystem::path> inputs(opts.inputs.begin(), opts.inputs.end());
    extract::BuildReport report;
    const extract::CorpusExtractor extractor(ontology, build_options);
    // An empty shard is fine: a small corpus split many ways has some.
    auto facts = extractor.extract(inputs, report, build_options.shard_count > 1);
    progress.finish();
    print_diagnostics(err, report.diagnostics);
    const auto documents = facts.size();
    extract::write_facts_file(opts.output,
                              {facts_header(*ontology, opts.gazetteers), std::move(facts)});
    if (!opts.quiet)
        out << "articles: " << report.documents_read << " read (" << human_size(report.bytes_read)
            << "), " << report.documents_skipped << " skipped"
            << (report.documents_skipped > 0 ? " (listed on stderr)" : "") << '\n'
            << "wrote " << opts.output << " (facts of " << documents << " documents)\n";
    return report.documents_skipped > 0 ? ExitCode::inputs_skipped : ExitCode::ok;
}

}  // namespace kg::cli
