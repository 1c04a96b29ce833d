#pragma once
// Normalization for matching: curly quotes to straight, NBSP to space, dashes to '-', BOM dropped,
// with an offset map so every span found in the normalized text points into the original bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct NormalizedText {
    std::string text;
    std::vector<std::uint32_t> to_original;  ///< size text.size() + 1; last entry = original size
};

/// Normalizes valid UTF-8 `original`. O(n). Characters not listed are copied unchanged.
NormalizedText normalize_text(std::string_view original);

}  // namespace kg::extract
