#pragma once
// A corpus-level pass after per-document extraction: a mention whose name carries an optional
// prefix ("April 26 Harbor Accord", "5th Peru-Chile Reef Dialogue") takes the shorter name when
// some article of the corpus names the same kind of thing that way, so it is one node.
#include <vector>

#include "extract/document.hpp"
#include "extract/document_facts.hpp"

namespace kg::extract {

/// Relabels mentions whose alt_label is the label of a mention of the same kind in `docs`.
/// O(total mentions · log).
void reconcile_names(std::vector<Document>& docs);
void reconcile_names(std::vector<DocumentFacts>& docs);

}  // namespace kg::extract
