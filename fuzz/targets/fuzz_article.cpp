// Fuzz target: article ingest and extraction. The bytes are checked as an article file is
// (empty, binary, invalid UTF-8, HTML); a usable one goes through the whole pipeline, the corpus
// steps (name and office reconciliation, graph writing, successions) and both graph writers, and
// what kgraph wrote must read back.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "export/graphml.hpp"
#include "export/jsonld.hpp"
#include "extract/corpus_reader.hpp"
#include "extract/document_facts.hpp"
#include "extract/graph_writer.hpp"
#include "extract/lexicon.hpp"
#include "extract/name_reconciler.hpp"
#include "extract/office_reconciler.hpp"
#include "extract/pipeline.hpp"
#include "extract/registry.hpp"
#include "fuzz_support.hpp"
#include "graph/succession.hpp"

namespace {

struct Extraction {
    std::shared_ptr<const kg::extract::Lexicon> lexicon;
    kg::extract::Pipeline pipeline;
};

const Extraction& extraction() {
    static const Extraction e = [] {
        const auto dir = kg::default_ontology_dir();
        auto lexicon =
            std::make_shared<const kg::extract::Lexicon>(kg::extract::Lexicon::load(dir));
        kg::extract::ComponentRegistry registry;
        kg::extract::register_builtin_components(registry);
        auto pipeline = kg::extract::Pipeline::build(dir, registry, lexicon, *kg::fuzz::ontology());
        return Extraction{lexicon, std::move(pipeline)};
    }();
    return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kg;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    if (!extract::check_article(bytes).empty()) return 0;  // skipped, as kgraph build does
    const auto& ex = extraction();
    return fuzz::guarded([&] {
        extract::Document doc;
        doc.info.file = "fuzz.txt";
        doc.info.date = extract::date_from_text(bytes, ex.lexicon->rules());
        doc.original = bytes;
        extract::prepare_document(doc);
        ex.pipeline.run(doc);
        KnowledgeGraph kg(fuzz::ontology());
        std::vector<extract::DocumentFacts> docs;
        docs.push_back(extract::to_facts(std::move(doc)));
        const DocId id = kg.add_document(docs.front().info);
        extract::reconcile_names(docs);
        extract::reconcile_offices(docs, *ex.lexicon);
        extract::write_document(docs.front(), id, kg);
        infer_successions(kg);
        const std::string graphml = exporters::to_graphml_string(kg);
        const std::string jsonld = exporters::to_jsonld_string(kg);
        fuzz::must_read_back(
            [&] {
                std::istringstream in(graphml);
                exporters::read_graphml(in, fuzz::ontology(), "fuzz.graphml");
            },
            "GraphML");
        fuzz::must_read_back(
            [&] {
                std::istringstream in(jsonld);
                exporters::read_jsonld(in, fuzz::ontology(), "fuzz.jsonld");
            },
            "JSON-LD");
    });
}
