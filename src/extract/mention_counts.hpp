#pragma once
// "What is this article about": how often each label of a kind is mentioned, and the one label
// that leads the count with no tie. Shared by the rules that guess the article's main meeting,
// body or country.
#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "extract/document.hpp"

namespace kg::extract {

/// How often one label is mentioned, and its first and last mention (indices in doc.mentions).
struct MentionCount {
    std::size_t count = 0;
    std::size_t first = 0;
    std::size_t last = 0;
};

/// Mentions of `kind` that `keep(mention)` accepts, counted by label.
template <class Keep>
std::map<std::string, MentionCount> count_mentions(const Document& doc, MentionKind kind,
                                                   Keep keep) {
    std::map<std::string, MentionCount> counts;
    for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
        const auto& mm = doc.mentions[m];
        if (mm.kind != kind || !keep(mm)) continue;
        auto [it, fresh] = counts.try_emplace(mm.label, MentionCount{0, m, m});
        ++it->second.count;
        it->second.last = m;
    }
    return counts;
}

/// The entry of `counts` whose `count(key, value)` is highest, when no other entry has as much
/// (a tie says nothing); entries counted 0 never lead. O(size).
template <class Map, class Count>
std::optional<typename Map::const_iterator> strict_leader(const Map& counts, Count count) {
    std::optional<typename Map::const_iterator> best;
    std::size_t top = 0, second = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const std::size_t k = count(it->first, it->second);
        if (k > top) {
            second = top;
            top = k;
            best = it;
        } else if (k > second) {
            second = k;
        }
    }
    if (!best || top == second) return std::nullopt;
    return best;
}

}  // namespace kg::extract
