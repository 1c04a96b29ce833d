#pragma once
// The front door of extraction: articles in, facts merged into a KnowledgeGraph out. Articles are
// extracted in parallel, one DocumentFacts each; the graph is then assembled from the facts in
// document order, so it is the same whatever the number of threads.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/document_facts.hpp"
#include "extract/lexicon.hpp"
#include "extract/pipeline.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::extract {

/// A non-fatal finding about one input: an article skipped or repaired, a manifest entry ignored.
struct Diagnostic {
    enum class Severity { warning, error };
    Severity severity = Severity::warning;
    std::string input;    ///< the file it is about
    std::string message;  ///< one sentence saying what is wrong
};

/// How far an extraction is: documents processed (read or skipped) of those listed, and their
/// size on disk.
struct BuildProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::uintmax_t bytes = 0;
    std::uintmax_t total_bytes = 0;
};

/// Largest file read as one article, in bytes. A bigger file (a scraper's dump of many articles)
/// is read as parts of about kArticlePartBytes, cut at paragraph breaks, so memory stays bounded
/// whatever the file's size.
inline constexpr std::uintmax_t kMaxArticleBytes = std::uintmax_t{64} << 20;
inline constexpr std::uintmax_t kArticlePartBytes = std::uintmax_t{8} << 20;

/// How articles are read.
struct ReadOptions {
    std::uintmax_t whole_file = kMaxArticleBytes;  ///< files up to this size are one article
    std::uintmax_t part = kArticlePartBytes;       ///< nominal size of each part of a bigger file
    /// Replace each byte of an invalid UTF-8 sequence by '?' (so spans still point into the
    /// file) and warn, instead of skipping the article.
    bool repair_utf8 = false;
};

struct BuildOptions {
    std::filesystem::path ontology_dir;             ///< folder with types.json, gazetteers/, rules/
    std::vector<std::filesystem::path> gazetteers;  ///< extra user gazetteer files (--gazetteer)
    unsigned threads = 0;                           ///< extraction threads; 0 = hardware threads
    /// Extract only part `shard_index` (0-based) of `shard_count` equal, contiguous parts of the
    /// listed articles, so shards concatenated in order are the whole corpus in build order.
    std::size_t shard_index = 0;
    std::size_t shard_count = 1;
    ReadOptions read;
    /// Called after each document, from the extraction threads but never two at once.
    std::function<void(const BuildProgress&)> progress;
};

struct BuildReport {
    std::size_t documents_read = 0;
    std::size_t documents_skipped = 0;
    std::size_t bytes_read = 0;
    std::vector<Diagnostic> diagnostics;
};

/// The lexicon and pipeline of one ontology folder, loaded once and shared read-only by every
/// extraction thread (components are immutable: Component::operator() is const).
class CorpusExtractor {
  public:
    /// Throws kg::OntologyError for a broken ontology folder or gazetteer.
    CorpusExtractor(std::shared_ptr<const Ontology> ontology, BuildOptions options);

    /// Extracts every article of `inputs` (folders of .txt articles with an optional
    /// manifest.json, and single .txt files; each folder in file-name order) on options.threads
    /// threads. Returns the facts in document order; diagnostics are reported in the order a
    /// sequential read gives (reading problems, then extraction failures). A bad article is
    /// skipped and reported; a missing input path throws kg::InputError, and so does a corpus
    /// with no usable article unless `allow_empty`.
    std::vector<DocumentFacts> extract(const std::vector<std::filesystem::path>& inputs,
                                       BuildReport& report, bool allow_empty = false) const;

    /// The graph of `docs` in their order: documents registered, corpus-level name and office
    /// reconciliation, nodes and edges written, successions inferred. A pure function of the
    /// facts, so a build, a merge of shards and an incremental update all give the same graph.
    KnowledgeGraph assemble(std::vector<DocumentFacts> docs) const;

    const Lexicon& lexicon() const noexcept { return *lexicon_; }
    const std::shared_ptr<const Ontology>& ontology() const noexcept { return ontology_; }

  private:
    std::shared_ptr<const Ontology> ontology_;
    BuildOptions options_;
    std::shared_ptr<const Lexicon> lexicon_;
    Pipeline pipeline_;
};

/// Builds a graph from `inputs`: extract then assemble (see CorpusExtractor). Documents are
/// processed in sorted file-name order so the graph, its ids and its order are the same on every
/// run and for every thread count. A bad article (unreadable, empty, binary, invalid UTF-8, HTML)
/// is reported in `report` and skipped; a missing input path or an input with no articles at all
/// throws kg::InputError.
KnowledgeGraph build_graph(const std::vector<std::filesystem::path>& inputs,
                           std::shared_ptr<const Ontology> ontology, const BuildOptions& options,
                           BuildReport& report);

}  // namespace kg::extract
