#include "extract/dateline.hpp"

#include <map>

namespace kg::extract {

std::optional<Dateline> find_dateline(const Document& doc, const TextRules& rules) {
    std::map<std::size_t, std::size_t> starting_at;  // token begin -> country mention
    for (std::size_t m = 0; m < doc.mentions.size(); ++m)
        if (doc.mentions[m].kind == MentionKind::country)
            starting_at.try_emplace(doc.mentions[m].token_begin, m);
    for (std::size_t s = 0; s < doc.sentences.size() && s < 12; ++s) {
        const auto b = doc.sentences[s].token_begin;
        const auto it = starting_at.find(b);
        if (it == starting_at.end()) continue;
        const auto e = doc.mentions[it->second].token_end;
        if (e + 2 >= doc.sentences[s].token_end) continue;
        if (doc.tokens[e].text == ":") return Dateline{s, it->second};  // "New Delhi:"
        if (doc.tokens[e].text != ",") continue;
        for (std::size_t k = e + 1; k < e + 3; ++k)
            if (rules.months.count(doc.tokens[k].text)) return Dateline{s, it->second};
    }
    return std::nullopt;
}

}  // namespace kg::extract
