#pragma once
// The front door of extraction: articles in, facts merged into a KnowledgeGraph out.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::extract {

/// A non-fatal finding about one input: an article skipped or repaired, a manifest entry ignored.
struct Diagnostic {
    enum class Severity { warning, error };
    Severity severity = Severity::warning;
    std::string input;    ///< the file it is about
    std::string message;  ///< one sentence saying what is wrong
};

struct BuildOptions {
    std::filesystem::path ontology_dir;             ///< folder with types.json, gazetteers/, rules/
    std::vector<std::filesystem::path> gazetteers;  ///< extra user gazetteer files (--gazetteer)
    /// Called after each document with (documents done, documents total, bytes done).
    std::function<void(std::size_t, std::size_t, std::size_t)> progress;
};

struct BuildReport {
    std::size_t documents_read = 0;
    std::size_t documents_skipped = 0;
    std::size_t bytes_read = 0;
    std::vector<Diagnostic> diagnostics;
};

/// Builds a graph from `inputs`: folders of .txt articles (with an optional manifest.json giving
/// each file's date, source and title) and single .txt files. Documents are processed in sorted
/// file-name order so the graph, its ids and its order are the same on every run. A bad article
/// (unreadable, empty, binary, invalid UTF-8, HTML) is reported in `report` and skipped; a
/// missing input path or an input with no articles at all throws kg::InputError.
KnowledgeGraph build_graph(const std::vector<std::filesystem::path>& inputs,
                           std::shared_ptr<const Ontology> ontology, const BuildOptions& options,
                           BuildReport& report);

}  // namespace kg::extract
