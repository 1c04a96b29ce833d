#pragma once
// A corpus-level pass after per-document extraction: a mention whose name carries an optional
// prefix ("April 26 Harbor Accord", "5th Peru-Chile Reef Dialogue") takes the shorter name when
// some article of the corpus names the same kind of thing that way, so it is one node.
#include <vector>

#include "extract/document.hpp"
#include "extract/document_facts.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

/// Relabels mentions whose alt_label is the label of a mention of the same kind in `docs`.
/// O(total mentions · log).
void reconcile_names(std::vector<Document>& docs);
void reconcile_names(std::vector<DocumentFacts>& docs);

/// People named with and without middle initials or a generational suffix ("Lloyd J. Austin
/// III", "Lloyd Austin") are one person: every such label of the corpus takes one of them, the
/// one without initials, then the most mentioned, then the shortest. Names that are one word
/// without those parts are left alone. O(total mentions · log).
void reconcile_person_names(std::vector<Document>& docs, const TextRules& rules);
void reconcile_person_names(std::vector<DocumentFacts>& docs, const TextRules& rules);

}  // namespace kg::extract
