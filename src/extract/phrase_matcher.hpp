#pragma once
// spaCy-style PhraseMatcher: a trie over lower-cased tokens, longest match first. Acronym tokens
// (two or more letters, all capitals, e.g. "US", "ROK", "U.S.") must match exactly so that "US"
// never matches "us"; other tokens match ignoring ASCII case.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.hpp"

namespace kg::extract {

struct PhraseMatch {
    std::size_t token_begin = 0;
    std::size_t token_end = 0;
    std::size_t entry = 0;  ///< the value given to add()
};

class PhraseMatcher {
  public:
    /// Adds `phrase` (tokenized with the same tokenizer as documents) for `entry`.
    void add(std::string_view phrase, std::size_t entry);

    /// The longest phrase starting at tokens[begin] and ending before tokens[end]; on equal
    /// length the entry added first wins. O(length of the longest phrase).
    std::optional<PhraseMatch> match_at(const std::vector<Token>& tokens, std::size_t begin,
                                        std::size_t end) const;

    std::size_t size() const noexcept { return phrases_; }

  private:
    // Hashed children looked up by string_view: a matcher is tried at every token of every
    // document, and most tokens start no phrase.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    struct Node {
        std::unordered_map<std::string, std::unique_ptr<Node>, KeyHash, std::equal_to<>> children;
        std::vector<std::pair<std::vector<std::string>, std::size_t>>
            terminals;  // exact tokens, entry
    };
    std::shared_ptr<Node> root_ = std::make_shared<Node>();
    std::size_t phrases_ = 0;
};

}  // namespace kg::extract
