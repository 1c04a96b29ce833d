#pragma once
// Date expressions in a sentence, resolved against the document's date: "on July 29", "29 July
// 2022", "in January 2018", "on the 13th", "Friday", "next week", "last month", "this year",
// "in 2015". Precision follows the text: a day, a month or a year.
#include <cstddef>
#include <string>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

struct DateExpr {
    std::size_t token_begin = 0, token_end = 0;  ///< tokens of the expression
    std::string iso;                             ///< "YYYY-MM-DD", "YYYY-MM" or "YYYY"
};

/// Every date expression in tokens [b, e) of `doc`, in text order. `anchor` is the document's
/// ISO date (may be empty: relative expressions are then skipped). A weekday is the next one
/// after the anchor when the tokens hold a future cue ("will", "plan"), else the last one on or
/// before it. O(e - b).
std::vector<DateExpr> find_dates(const Document& doc, std::size_t b, std::size_t e,
                                 const TextRules& rules, const std::string& anchor);

}  // namespace kg::extract
