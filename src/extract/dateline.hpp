#pragma once
// The dateline of a news article: a sentence among the first dozen that opens with a place known
// as a country (or its capital) followed by ":" ("New Delhi: ...") or by "," and a month ("TOKYO,
// Dec 9 (Wire) - ...", "Ha Noi, 8 June 2022 - ...").
#include <cstddef>
#include <optional>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

struct Dateline {
    std::size_t sentence = 0;  ///< the sentence that opens with it
    std::size_t country = 0;   ///< the country mention it starts with
};

/// The article's dateline, if it has one. O(mentions + sentences).
std::optional<Dateline> find_dateline(const Document& doc, const TextRules& rules);

}  // namespace kg::extract
