#pragma once
// Turns a processed Document's mentions and relation candidates into graph nodes and edges,
// through KnowledgeGraph only, with provenance pointing into the original text.
#include "extract/document_facts.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::extract {

/// Adds every entity mention (titles excluded: they are not nodes) and every relation candidate
/// of `doc` to `kg`. Each node and edge gets Provenance{id, sentence, original span, sentence
/// text}; each surface form that differs from the label becomes an alias. O(mentions + relations).
void write_document(const DocumentFacts& doc, DocId id, KnowledgeGraph& kg);

}  // namespace kg::extract
