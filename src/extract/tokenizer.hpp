#pragma once
// Word tokenizer for English news text: words keep inner hyphens before lower case and digits
// ("Won-sik", "Hwasong-18") and inner apostrophes ("O'Neil"), a hyphen before a capital is its own
// token ("Korea" "-" "US"), dotted acronyms and initials keep their periods ("U.S.", "S.", "J."), a
// possessive
// "'s" is its own token, every other punctuation character is a token.
#include <string_view>
#include <vector>

#include "extract/document.hpp"

namespace kg::extract {

/// Tokens of `text` in order, spans relative to `text` plus `base`. O(n).
std::vector<Token> tokenize(std::string_view text, std::uint32_t base = 0);

/// True for a byte that can be part of a word (ASCII letter or digit, or any non-ASCII byte).
bool is_word_byte(char c);

}  // namespace kg::extract
