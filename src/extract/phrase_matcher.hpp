#pragma once
// spaCy-style PhraseMatcher: a trie over lower-cased tokens, longest match first. Acronym tokens
// (two or more letters, all capitals, e.g. "US", "ROK", "U.S.") must match exactly so that "US"
// never matches "us"; other tokens match ignoring ASCII case.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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
    // Children in an open-addressing table of {hash, lower-case key, node}: a matcher is tried
    // at every token of every document and most tokens start no phrase, so a miss should cost
    // one hash of the token (folded to lower case on the fly, no copy) and about one cache line.
    struct Node;
    struct Child {
        std::size_t hash = 0;
        std::string key;
        std::unique_ptr<Node> node;  ///< null: an empty slot
    };
    struct Node {
        std::vector<Child> table;  ///< power-of-two size, at most half full; empty when no child
        std::size_t children = 0;
        std::vector<std::pair<std::vector<std::string>, std::size_t>>
            terminals;  // exact tokens, entry

        /// The child for `word` compared as ASCII lower case, or null.
        const Node* find(std::string_view word) const noexcept;
        /// The child for lower-case `key`, added when missing.
        Node* find_or_add(const std::string& key);
    };
    std::shared_ptr<Node> root_ = std::make_shared<Node>();
    std::size_t phrases_ = 0;
};

}  // namespace kg::extract
