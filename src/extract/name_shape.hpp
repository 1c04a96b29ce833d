#pragma once
// The shape of a person's name in English news text: 2-3 capitalized tokens ("Lloyd Austin",
// "Shin Won-sik", "Yoon Suk Yeol"), middle initials allowed ("Lloyd J. Austin").
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"

namespace kg::extract {

/// True when `t` looks like one word of a name: a capital first, at least one lower-case letter,
/// only letters, hyphens and apostrophes, and not a name stopword (days, months, "The", ...).
bool is_name_token(const Token& t, const TextRules& rules);

/// True when tokens[i] is a month written as part of a date ("Jun 4", "May.", "in May"), not a
/// given name ("Dong Jun", "Theresa May").
bool is_month_of_date(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                      const TextRules& rules);

/// Number of tokens of the name starting at `begin` (stopping at `end` or at a covered token), or
/// 0 when the run there is not a name: shorter than name_min_tokens, or longer than
/// name_max_tokens (a long capitalized run is a body's name, not a person's). O(max tokens).
std::size_t read_name(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                      const std::vector<bool>& covered, const TextRules& rules);

/// Per token: true when some mention of `doc` covers it.
std::vector<bool> covered_tokens(const Document& doc);

/// The normalized text from token `b` to token `e` (exclusive).
std::string token_text(const Document& doc, std::size_t b, std::size_t e);

/// A person mention of the name in tokens [b, b + n) of sentence `s`: its span, canonical label
/// (join_tokens) and the `rule` that found it; title, country and surface are left to the caller.
Mention person_mention(const Document& doc, std::size_t s, std::size_t b, std::size_t n,
                       const char* rule);

/// The texts of tokens [b, e) joined by single spaces where the text has any space (a canonical
/// name: line breaks and double spaces inside it are collapsed).
std::string join_tokens(const Document& doc, std::size_t b, std::size_t e);

/// The label of the one person of `doc` whose name ends in the words `tail` ("Kramp-Karrenbauer"
/// -> "Annegret Kramp-Karrenbauer"), or nullopt when none or several do.
std::optional<std::string> person_ending_with(const Document& doc, std::string_view tail);

}  // namespace kg::extract
