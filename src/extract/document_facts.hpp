#pragma once
// What one article contributes to the graph before the corpus-level passes: its metadata, its
// mentions and relation candidates with spans already in original-text offsets, and the sentences
// that provenance quotes. No text, tokens or offset map, so a whole corpus's facts stay in memory
// (about the size of the graph); the unit of parallel extraction, of the fact store kept for
// incremental updates and of shard files.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "extract/document.hpp"

namespace kg::extract {

struct DocumentFacts {
    DocumentInfo info;
    /// Spans in original-text offsets; token ranges and `title` are not kept (only extraction
    /// components use them).
    std::vector<Mention> mentions;
    /// Evidence spans in original-text offsets.
    std::vector<RelationCandidate> relations;
    /// Sentence index -> its original text, for every sentence a node or edge may cite.
    std::map<std::uint32_t, std::string> quotes;
};

/// Keeps of an extracted `doc` what graph_writer and the reconcilers read. Throws
/// std::out_of_range when a mention or relation that would be written has a span or sentence
/// outside the document (an extraction bug: the caller skips the document).
DocumentFacts to_facts(Document&& doc);

}  // namespace kg::extract
