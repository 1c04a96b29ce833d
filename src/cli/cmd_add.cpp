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

void add_common(CLI::App& cmd, UpdateCliOptions& opts) {
    cmd.add_option("-o,--output", opts.outputs,
                   "Also write the updated graph to FILE (format from the extension); repeatable")
        ->type_name("FILE")
        ->check(graph_output_validator());
    cmd.add_option("--facts", opts.facts,
                   "The graph's facts store (written by 'kgraph build --facts'); default: GRAPH "
                   "+ '.facts'")
        ->type_name("FILE");
    add_ontology_option(cmd, opts.ontology_dir);
    cmd.add_flag("-q,--quiet", opts.quiet, "Print no summary and no progress; only problems");
}

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
    return o;
}

}  // namespace

CLI::App* setup_add(CLI::App& app, UpdateCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "add", "Add articles to a graph built with --facts, as a full rebuild would give it");
    cmd->add_option("graph", opts.graph, "Graph file to update (GraphML or JSON-LD)")
        ->required()
        ->type_name("GRAPH");
    cmd->add_option("inputs", opts.items, "Folders of .txt articles or single .txt files to add")
        ->required()
        ->type_name("INPUT");
    add_common(*cmd, opts);
    add_jobs_option(*cmd, opts.jobs);
    cmd->footer(
        "The result equals 'kgraph build OLD-INPUTS... INPUT... -o GRAPH'.\n\nExamples:"
        "\n  kgraph build articles/ -o g.graphml --facts g.graphml.facts"
        "\n  kgraph add g.graphml new-articles/");
    return cmd;
}

CLI::App* setup_remove(CLI::App& app, UpdateCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "remove", "Remove documents from a graph built with --facts, as a rebuild without them");
    cmd->add_option("graph", opts.graph, "Graph file to update (GraphML or JSON-LD)")
        ->required()
        ->type_name("GRAPH");
    cmd->add_option("documents", opts.items,
                    "Document file names as the graph lists them (e.g. 2023-11-09-seoul.txt)")
        ->required()
        ->type_name("DOC");
    add_common(*cmd, opts);
    cmd->footer("Example:\n  kgraph remove g.graphml 000_6e7470e6c07f2ad8.txt");
    return cmd;
}

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
