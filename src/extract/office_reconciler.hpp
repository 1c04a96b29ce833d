#pragma once
// A corpus-level pass after per-document extraction: an office whose country was only guessed from
// the document's home country takes the country the same person is explicitly given for the same
// post in another article ("Defense Minister Jane Roe" here, "Freedonian Defense Minister Jane
// Roe" there).
#include <vector>

#include "extract/document.hpp"
#include "extract/document_facts.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

/// Rewrites guessed (confidence < 1) holds-office/office-of candidates in `docs` when the person
/// has exactly one explicit country for that post across `docs`. O(total relations · log).
void reconcile_offices(std::vector<Document>& docs, const Lexicon& lexicon);
void reconcile_offices(std::vector<DocumentFacts>& docs, const Lexicon& lexicon);

}  // namespace kg::extract
