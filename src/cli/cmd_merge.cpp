#include "cli/cmd_merge.hpp"

#include "cli/common.hpp"
#include "cli/outputs.hpp"
#include "cli/summary.hpp"
#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"
#include "util/error.hpp"

namespace kg::cli {

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
