#include "extract/corpus_builder.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "extract/corpus_reader.hpp"
#include "extract/graph_writer.hpp"
#include "extract/name_reconciler.hpp"
#include "extract/office_reconciler.hpp"
#include "graph/succession.hpp"
#include "util/error.hpp"

namespace kg::extract {
namespace {

std::filesystem::path ontology_dir_of(const BuildOptions& options) {
    return options.ontology_dir.empty() ? default_ontology_dir() : options.ontology_dir;
}

// What extracting one listed article gave; filled by whichever thread took it.
struct Slot {
    std::optional<DocumentFacts> facts;
    std::optional<Diagnostic> read_problem;
    std::optional<Diagnostic> read_warning;  // e.g. the article was repaired
    std::optional<Diagnostic> extract_problem;
    std::size_t bytes = 0;  // the article's size as read
};

}  // namespace

CorpusExtractor::CorpusExtractor(std::shared_ptr<const Ontology> ontology, BuildOptions options)
    : ontology_(std::move(ontology)),
      options_(std::move(options)),
      lexicon_(std::make_shared<const Lexicon>(
          Lexicon::load(ontology_dir_of(options_), options_.gazetteers))) {
    ComponentRegistry registry;
    register_builtin_components(registry);
    pipeline_ = Pipeline::build(ontology_dir_of(options_), registry, lexicon_, *ontology_);
}

std::vector<DocumentFacts> CorpusExtractor::extract(
    const std::vector<std::filesystem::path>& inputs, BuildReport& report, bool allow_empty) const {
    if (inputs.empty())
        throw InputError("KG-E122", "no input given: name a folder of .txt articles or a file.");
    CorpusListing listing = list_corpus(inputs, options_.read);
    if (options_.shard_count > 1) {
        // A contiguous slice; manifest findings are reported by the first shard only.
        const std::size_t all = listing.articles.size(), k = options_.shard_index;
        const std::size_t first = all * k / options_.shard_count;
        const std::size_t end = all * (k + 1) / options_.shard_count;
        listing.articles = {listing.articles.begin() + static_cast<std::ptrdiff_t>(first),
                            listing.articles.begin() + static_cast<std::ptrdiff_t>(end)};
        if (k != 0) listing.diagnostics.clear();
        for (auto& d : listing.diagnostics) d.first = std::min(d.first, listing.articles.size());
    }
    const auto& articles = listing.articles;
    const std::size_t n = articles.size();
    std::vector<Slot> slots(n);

    BuildProgress progress;
    progress.total = n;
    for (const auto& a : articles) progress.total_bytes += a.size;
    std::mutex progress_mutex;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;

    auto process = [&](std::size_t i) {
        const ArticleSource& source = articles[i];
        Slot& slot = slots[i];
        Diagnostic problem;
        if (auto a = read_article(source, lexicon_->rules(), problem, options_.read)) {
            if (!problem.message.empty()) slot.read_warning = std::move(problem);
            Document doc;
            doc.info = a->info;
            doc.original = std::move(a->bytes);
            slot.bytes = doc.original.size();
            try {
                prepare_document(doc);
                pipeline_.run(doc);
                slot.facts = to_facts(std::move(doc));
            } catch (const std::exception& e) {
                // One article the extractor cannot handle must not cost the whole corpus.
                slot.extract_problem =
                    Diagnostic{Diagnostic::Severity::error, a->path.string(),
                               std::string("extraction failed: ") + e.what() + " Skipped."};
            }
        } else if (!problem.message.empty()) {
            slot.read_problem = std::move(problem);
        }  // else a blank part of a big file: no document, nothing to report
        if (options_.progress) {
            const std::lock_guard lock(progress_mutex);
            ++progress.done;
            progress.bytes += source.size;
            options_.progress(progress);
        }
    };
    auto worker = [&] {
        try {
            for (std::size_t i; !failed && (i = next.fetch_add(1)) < n;) process(i);
        } catch (...) {  // out of memory or a progress callback that threw: stop every thread
            const std::lock_guard lock(progress_mutex);
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    };
    unsigned threads = options_.threads ? options_.threads : std::thread::hardware_concurrency();
    threads =
        static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(n, 1)));
    if (threads == 1) {
        worker();
    } else {
        std::vector<std::jthread> pool;
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    }
    if (failure) std::rethrow_exception(failure);

    // Merge in document order: the result does not depend on which thread took which article.
    std::vector<DocumentFacts> out;
    std::vector<Diagnostic> extract_problems;
    std::size_t readable = 0;
    auto next_diag = listing.diagnostics.begin();
    for (std::size_t i = 0; i <= n; ++i) {
        for (; next_diag != listing.diagnostics.end() && next_diag->first == i; ++next_diag)
            report.diagnostics.push_back(next_diag->second);
        if (i == n) break;
        Slot& slot = slots[i];
        if (slot.read_problem) {
            report.diagnostics.push_back(std::move(*slot.read_problem));
            ++report.documents_skipped;
            continue;
        }
        if (!slot.facts && !slot.extract_problem) continue;  // a blank part
        ++readable;
        if (slot.read_warning) report.diagnostics.push_back(std::move(*slot.read_warning));
        if (slot.extract_problem) {
            extract_problems.push_back(std::move(*slot.extract_problem));
            ++report.documents_skipped;
            continue;
        }
        ++report.documents_read;
        report.bytes_read += slot.bytes;
        out.push_back(std::move(*slot.facts));
    }
    for (auto& d : extract_problems) report.diagnostics.push_back(std::move(d));
    if (out.empty() && !allow_empty) {
        if (readable == 0) {
            std::string names;
            for (const auto& in : inputs) names += (names.empty() ? "" : ", ") + in.string();
            throw InputError("KG-E123", names + ": no readable article (" +
                                            std::to_string(report.documents_skipped) +
                                            " skipped).");
        }
        throw InputError("KG-E123", "no article could be extracted (see the diagnostics).");
    }
    return out;
}

KnowledgeGraph CorpusExtractor::assemble(std::vector<DocumentFacts> docs) const {
    KnowledgeGraph kg(ontology_);
    std::vector<DocId> ids;
    ids.reserve(docs.size());
    for (const auto& d : docs) ids.push_back(kg.add_document(d.info));
    reconcile_names(docs);
    reconcile_person_names(docs, lexicon_->rules());
    reconcile_offices(docs, *lexicon_);
    for (std::size_t i = 0; i < docs.size(); ++i) write_document(docs[i], ids[i], kg);
    // Successions are read off the whole corpus's office timelines, so only after every document.
    infer_successions(kg);
    return kg;
}

KnowledgeGraph build_graph(const std::vector<std::filesystem::path>& inputs,
                           std::shared_ptr<const Ontology> ontology, const BuildOptions& options,
                           BuildReport& report) {
    if (inputs.empty())
        throw InputError("KG-E122", "no input given: name a folder of .txt articles or a file.");
    const CorpusExtractor extractor(std::move(ontology), options);
    return extractor.assemble(extractor.extract(inputs, report));
}

}  // namespace kg::extract
