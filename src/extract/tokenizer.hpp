#pragma once
// Word tokenizer for English news text: words keep inner hyphens before lower case and digits
// ("Won-sik", "Hwasong-18") and inner apostrophes ("O'Neil"), a hyphen before a capital is its own
// token ("Korea" "-" "US"), dotted acronyms and initials keep their periods ("U.S.", "S.", "J."), a
// possessive
// "'s" is its own token, every other punctuation character is a token.
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"

namespace kg::extract {

/// Tokens of `text` in order, spans relative to `text` plus `base`. O(n).
std::vector<Token> tokenize(std::string_view text, std::uint32_t base = 0);

/// Each phrase of `phrases` as its token texts ("Lt. Gen." -> "Lt" "." "Gen" "."), for matching
/// against a document's tokens; empty phrases are left out.
template <class Phrases>
std::vector<std::vector<std::string>> tokenize_phrases(const Phrases& phrases) {
    std::vector<std::vector<std::string>> out;
    for (const auto& p : phrases) {
        std::vector<std::string> words;
        for (const auto& t : tokenize(p)) words.push_back(t.text);
        if (!words.empty()) out.push_back(std::move(words));
    }
    return out;
}

/// True for a byte that can be part of a word (ASCII letter or digit, or any non-ASCII byte).
bool is_word_byte(char c);

}  // namespace kg::extract
