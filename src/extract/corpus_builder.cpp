#include "extract/corpus_builder.hpp"

#include "extract/corpus_reader.hpp"
#include "extract/graph_writer.hpp"
#include "extract/name_reconciler.hpp"
#include "extract/office_reconciler.hpp"
#include "extract/pipeline.hpp"
#include "graph/succession.hpp"
#include "util/error.hpp"

namespace kg::extract {

KnowledgeGraph build_graph(const std::vector<std::filesystem::path>& inputs,
                           std::shared_ptr<const Ontology> ontology, const BuildOptions& options,
                           BuildReport& report) {
    if (inputs.empty())
        throw InputError("KG-E122", "no input given: name a folder of .txt articles or a file.");
    const auto dir = options.ontology_dir.empty() ? default_ontology_dir() : options.ontology_dir;
    auto lexicon = std::make_shared<const Lexicon>(Lexicon::load(dir, options.gazetteers));
    ComponentRegistry registry;
    register_builtin_components(registry);
    const auto pipeline = Pipeline::build(dir, registry, lexicon, *ontology);

    auto articles = read_corpus(inputs, lexicon->rules(), report);
    if (articles.empty()) {
        std::string names;
        for (const auto& in : inputs) names += (names.empty() ? "" : ", ") + in.string();
        throw InputError("KG-E123", names + ": no readable article (" +
                                        std::to_string(report.documents_skipped) + " skipped).");
    }
    KnowledgeGraph kg(ontology);
    std::vector<Document> docs;
    docs.reserve(articles.size());
    std::size_t done = 0;
    for (auto& a : articles) {
        Document doc;
        doc.info = a.info;
        doc.original = std::move(a.bytes);
        try {
            prepare_document(doc);
            pipeline.run(doc);
        } catch (const std::exception& e) {
            // One article the extractor cannot handle must not cost the whole corpus.
            report.diagnostics.push_back(
                {Diagnostic::Severity::error, a.path.string(),
                 std::string("extraction failed: ") + e.what() + " Skipped."});
            ++report.documents_skipped;
            continue;
        }
        doc.id = kg.add_document(doc.info);
        ++report.documents_read;
        report.bytes_read += doc.original.size();
        if (options.progress) options.progress(++done, articles.size(), report.bytes_read);
        docs.push_back(std::move(doc));
    }
    if (docs.empty())
        throw InputError("KG-E123", "no article could be extracted (see the diagnostics).");
    reconcile_names(docs);
    reconcile_offices(docs, *lexicon);
    for (const auto& doc : docs) write_document(doc, kg);
    // Successions are read off the whole corpus's office timelines, so only after every document.
    infer_successions(kg);
    return kg;
}

}  // namespace kg::extract
