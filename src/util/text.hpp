#pragma once
// Small text utilities shared by every layer: UTF-8 validation, slugs, whitespace.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

/// Byte offset of the first invalid UTF-8 sequence in `s`, or nullopt when `s` is valid UTF-8
/// (overlongs, surrogates and code points above U+10FFFF count as invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// Replaces every byte of `s` that is not part of a valid UTF-8 sequence with '?', in place, and
/// returns how many were replaced. One byte for one keeps every byte offset (evidence spans point
/// into the article file) where it was.
std::size_t repair_utf8(std::string& s);

/// Lower-case ASCII slug: letters and digits kept (non-ASCII folded when a Latin base is known,
/// else kept as UTF-8), every other run turned into one '-'. "Shin Won-sik" -> "shin-won-sik".
std::string slugify(std::string_view s);

/// True when `s` starts with an upper-case letter: ASCII, or a Latin (Latin-1, Extended-A),
/// Greek or Cyrillic capital written in UTF-8 ("Çavuşoğlu", "Łukasz", "Όλγα").
bool starts_upper(std::string_view s);

/// ASCII lower-case copy (UTF-8 bytes above 0x7F untouched).
std::string to_lower_ascii(std::string_view s);

/// `s` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);

/// Collapses every run of ASCII whitespace into one space and trims the ends.
std::string collapse_spaces(std::string_view s);

/// Splits `s` on `sep`, keeping empty fields.
std::vector<std::string> split(std::string_view s, char sep);

/// True when `s` starts with `prefix`, ignoring ASCII case.
bool istarts_with(std::string_view s, std::string_view prefix);

/// True when `a` equals `b` ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b);

}  // namespace kg::text

namespace kg::text {
/// The key two names are compared by when matching names leniently (gold files, name lookups):
/// accents folded, lower case, '.' dropped, other punctuation as spaces, a leading "the" dropped.
/// "The U.S. Department-of-War" -> "us department of war".
std::string match_key(std::string_view s);
}  // namespace kg::text
