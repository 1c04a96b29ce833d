#include "cli/cmd_add.hpp"

#include <set>

#include "cli/common.hpp"
#include "cli/outputs.hpp"
#include "cli/progress.hpp"
#include "cli/summary.hpp"
#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"
#include "util/error.hpp"

namespace kg::cli {
namespace {

std::string store_of(const UpdateCliOptions& opts) {
    return opts.facts.empty() ? opts.graph + ".facts" : opts.facts;
}

// The store is written first: it is what the graph is made from, so after a failure in between
// `kgraph merge GRAPH.facts -o GRAPH` gives the graph back.
std::vector<std::string> rewrite(const UpdateCliOptions& opts, const std::string& store_file,
                                 extract::FactsFile& store,
                                 const extract::CorpusExtractor& extractor, KnowledgeGraph& kg) {
    extract::write_facts_file(store_file, store);
    kg = extractor.assemble(std::move(store.documents));
    std::vector<std::string> outputs{opts.graph};
    outputs.insert(outputs.end(), opts.outputs.begin(), opts.outputs.end());
    return write_outputs(kg, outputs);
}

extract::BuildOptions options_for(const UpdateCliOptions& opts, const extract::FactsHeader& h) {
    extract::BuildOptions o;
    o.ontology_dir = default_ontology_dir(opts.ontology_dir);
    o.gazetteers.assign(h.gazetteers.begin(), h.gazetteers.end());  // as the store was built
    o.threads = opts.jobs;
    o.read.repair_utf8 = opts.repair_utf8;
    return o;
}

}  // namespace

ExitCode run_add(const UpdateCliOptions& opts, std::ostream& out, std::ostream& err) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const auto store_file = store_of(opts);
    auto store = extract::read_facts_file(store_file);
    check_facts_ontology(store_file, store.header, *ontology);
    auto build_options = options_for(opts, store.header);
    Progress progress(err, !opts.quiet && Progress::stderr_is_tty());
    build_options.progress = [&progress](const extract::BuildProgress& p) {
        progress.update(p.done, p.total, p.bytes, p.total_bytes);
    };
    const extract::CorpusExtractor extractor(ontology, build_options);
    const std::vector<std::filesystem::path> inputs(opts.items.begin(), opts.items.end());
    extract::BuildReport report;
    auto facts = extractor.extract(inputs, report);
    progress.finish();
    print_diagnostics(err, report.diagnostics);
    std::set<std::string> known;
    for (const auto& d : store.documents) known.insert(d.info.file);
    for (const auto& d : facts)
        if (known.count(d.info.file))
            throw InputError("KG-E134", d.info.file + ": a document of that name is already in " +
                                            opts.graph +
                                            "; 'kgraph remove' it first to replace it.");
    for (auto& d : facts) store.documents.push_back(std::move(d));
    KnowledgeGraph kg(ontology);
    const auto written = rewrite(opts, store_file, store, extractor, kg);
    if (!opts.quiet) print_summary(out, report, kg, written);
    return report.documents_skipped > 0 ? ExitCode::inputs_skipped : ExitCode::ok;
}

ExitCode run_remove(const UpdateCliOptions& opts, std::ostream& out, std::ostream&) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const auto store_file = store_of(opts);
    auto store = extract::read_facts_file(store_file);
    check_facts_ontology(store_file, store.header, *ontology);
    const std::set<std::string> gone(opts.items.begin(), opts.items.end());
    std::set<std::string> known;
    for (const auto& d : store.documents) known.insert(d.info.file);
    for (const auto& name : gone)
        if (!known.count(name))
            throw InputError("KG-E135", name + ": not a document of " + opts.graph + " (" +
                                            std::to_string(known.size()) +
                                            " documents; 'kgraph show' and the graph file list "
                                            "them by file name).");
    const auto before = store.documents.size();
    std::erase_if(store.documents, [&](const auto& d) { return gone.count(d.info.file) > 0; });
    if (store.documents.empty())
        throw InputError("KG-E136", "removing every document of " + opts.graph +
                                        " would leave no graph; delete the files instead.");
    const auto removed = before - store.documents.size();
    const extract::CorpusExtractor extractor(ontology, options_for(opts, store.header));
    KnowledgeGraph kg(ontology);
    const auto written = rewrite(opts, store_file, store, extractor, kg);
    if (!opts.quiet) {
        out << "documents: " << removed << " removed, " << kg.documents().size() << " left\n";
        print_counts(out, count_graph(kg));
        for (const auto& w : written) out << "wrote " << w << '\n';
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
