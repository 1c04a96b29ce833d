#include "cli/cmd_merge.hpp"

#include "cli/common.hpp"
#include "cli/outputs.hpp"
#include "cli/summary.hpp"
#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"
#include "util/error.hpp"

namespace kg::cli {

CLI::App* setup_merge(CLI::App& app, MergeCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "merge", "Assemble facts files (from 'kgraph extract') into the graph one build gives");
    cmd->add_option("inputs", opts.inputs,
                    "Facts files, in the order their articles come in the corpus")
        ->required()
        ->type_name("FACTS");
    cmd->add_option("-o,--output", opts.outputs,
                    "Graph file to write; the format comes from the extension; repeatable")
        ->required()
        ->type_name("FILE")
        ->check(graph_output_validator());
    cmd->add_option("--facts", opts.facts,
                    "Also write the combined facts to FILE (for 'kgraph add' and 'kgraph remove')")
        ->type_name("FILE");
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_flag("-q,--quiet", opts.quiet, "Print no summary");
    cmd->footer(
        "Examples:"
        "\n  parallel kgraph extract articles/ --shard {}/4 -o shard{}.facts ::: 1 2 3 4"
        "\n  kgraph merge shard1.facts shard2.facts shard3.facts shard4.facts -o g.graphml");
    return cmd;
}

ExitCode run_merge(const MergeCliOptions& opts, std::ostream& out, std::ostream&) {
    const auto ontology = load_ontology(opts.ontology_dir);
    extract::FactsFile all;
    for (std::size_t i = 0; i < opts.inputs.size(); ++i) {
        auto f = extract::read_facts_file(opts.inputs[i]);
        check_facts_ontology(opts.inputs[i], f.header, *ontology);
        if (i == 0) {
            all.header = f.header;
        } else if (f.header.gazetteers != all.header.gazetteers) {
            throw InputError("KG-E133", opts.inputs[i] +
                                            ": extracted with other user gazetteers than " +
                                            opts.inputs[0] + "; extract every shard alike.");
        }
        for (auto& d : f.documents) all.documents.push_back(std::move(d));
    }
    if (all.documents.empty()) throw InputError("KG-E123", "the facts files hold no document.");
    extract::BuildOptions build_options;
    build_options.ontology_dir = default_ontology_dir(opts.ontology_dir);
    build_options.gazetteers.assign(all.header.gazetteers.begin(), all.header.gazetteers.end());
    const extract::CorpusExtractor extractor(ontology, build_options);
    if (!opts.facts.empty()) extract::write_facts_file(opts.facts, all);
    const auto documents = all.documents.size();
    const KnowledgeGraph kg = extractor.assemble(std::move(all.documents));
    const auto written = write_outputs(kg, opts.outputs);
    if (!opts.quiet) {
        out << "documents: " << documents << " from " << opts.inputs.size() << " facts file"
            << (opts.inputs.size() == 1 ? "" : "s") << '\n';
        print_counts(out, count_graph(kg));
        for (const auto& w : written) out << "wrote " << w << '\n';
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
