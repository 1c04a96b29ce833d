#pragma once
// Reading a corpus: folders of .txt articles (sorted by file name, optional manifest.json) and
// single files. Bad articles are skipped with a Diagnostic; nothing here throws for one bad file.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/corpus_builder.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

struct Article {
    std::filesystem::path path;
    DocumentInfo info;  ///< file, and date/source/title from the manifest or the text
    std::string bytes;  ///< the original bytes, checked: non-empty, text, valid UTF-8
};

/// One article to read: where it is, its document key (file) and what the manifest says of it.
/// A part of a big file is its own document, keyed "FILE#part=K/N"; its spans count from the
/// part's first byte, the first paragraph start at or after byte (K-1) * part size.
struct ArticleSource {
    std::filesystem::path path;
    DocumentInfo info;              ///< file, and date/source/title from the manifest
    std::uintmax_t size = 0;        ///< bytes on disk when listed, or the part's nominal size
    std::size_t part = 0;           ///< 1-based part number; 0 for a file read whole
    std::size_t parts = 0;          ///< how many parts the file has
    std::uintmax_t part_bytes = 0;  ///< nominal part size (the part is cut near K * part_bytes)
    std::uintmax_t file_size = 0;   ///< the file's size when listed
};

/// The articles of a corpus in build order, found without reading them.
struct CorpusListing {
    std::vector<ArticleSource> articles;
    /// Manifest findings, each with the number of articles listed before it, so that a build that
    /// reads articles out of order still reports them where a sequential read would.
    std::vector<std::pair<std::size_t, Diagnostic>> diagnostics;
};

/// Lists every article of `inputs` in order (each folder's *.txt sorted by name) and reads the
/// manifests. Throws kg::InputError naming the input when a path does not exist or is neither
/// file nor folder.
CorpusListing list_corpus(const std::vector<std::filesystem::path>& inputs,
                          const ReadOptions& options = {});

/// Reads and checks one listed article (the date comes from the text when the manifest has
/// none). An unusable article gives nullopt and its diagnostic in `problem` (a blank part of a
/// big file gives nullopt and no diagnostic: it holds no article); one repaired under
/// ReadOptions::repair_utf8 gives its warning there. Thread-safe.
std::optional<Article> read_article(const ArticleSource& source, const TextRules& rules,
                                    Diagnostic& problem, const ReadOptions& options = {});

/// Reads every article of `inputs` in order (each folder's *.txt sorted by name). Throws
/// kg::InputError naming the input when a path does not exist or is neither file nor folder.
/// Articles that cannot be used are reported in `report` (documents_skipped, diagnostics).
std::vector<Article> read_corpus(const std::vector<std::filesystem::path>& inputs,
                                 const TextRules& rules, BuildReport& report,
                                 const ReadOptions& options = {});

/// Checks one article's bytes; returns the reason it is unusable ("invalid UTF-8 at byte 12"), or
/// an empty string when it is fine. For a later part of a big file, `offset` is where the part
/// starts in the file (offsets in the reason are the file's) and the file-level checks (BOM,
/// HTML) are left to part 1.
std::string check_article(std::string_view bytes, std::uintmax_t offset = 0);

/// An ISO date read from the text's "Published : Nov. 9, 2023" line or a "Month D, YYYY" date in
/// the first lines; empty when none. Month names come from rules/text.json.
std::string date_from_text(std::string_view text, const TextRules& rules);

}  // namespace kg::extract
