#include "extract/name_reconciler.hpp"

#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

namespace kg::extract {
namespace {

// Documents and DocumentFacts carry the same mentions; one body serves both.
template <class Doc>
void reconcile(std::vector<Doc>& docs) {
    std::set<std::pair<MentionKind, std::string>> known;
    for (const auto& d : docs)
        for (const auto& m : d.mentions) known.emplace(m.kind, m.label);
    for (auto& d : docs)
        for (auto& m : d.mentions)
            if (!m.alt_label.empty() && known.count({m.kind, m.alt_label})) m.label = m.alt_label;
}

bool is_initial(const std::string& w) {
    return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) &&
           std::isupper(static_cast<unsigned char>(w[0]));
}

// The name without initials and generational suffixes, and whether it had initials.
std::pair<std::string, bool> person_key(const std::string& label, const TextRules& rules) {
    std::istringstream in(label);
    std::string word, key;
    bool initials = false;
    std::size_t words = 0;
    while (in >> word) {
        std::string bare = word;
        if (!bare.empty() && bare.back() == '.' && bare.size() > 2) bare.pop_back();
        if (is_initial(word)) {
            initials = true;
            continue;
        }
        if (rules.name_suffixes.count(bare)) continue;
        key += (key.empty() ? "" : " ") + bare;
        ++words;
    }
    return {words >= 2 ? key : std::string{}, initials};
}

template <class Doc>
void reconcile_people(std::vector<Doc>& docs, const TextRules& rules) {
    std::map<std::string, std::size_t> mentions;  // person label -> mentions
    for (const auto& d : docs)
        for (const auto& m : d.mentions)
            if (m.kind == MentionKind::person) ++mentions[m.label];
    // key -> best label so far, ranked (no initials, most mentions, shortest, first by name).
    std::map<std::string, std::tuple<bool, long, std::size_t, std::string>> best;
    for (const auto& [label, n] : mentions) {
        const auto [key, initials] = person_key(label, rules);
        if (key.empty()) continue;
        const auto rank = std::make_tuple(initials, -static_cast<long>(n), label.size(), label);
        const auto it = best.find(key);
        if (it == best.end() || rank < it->second) best[key] = rank;
    }
    for (auto& d : docs)
        for (auto& m : d.mentions) {
            if (m.kind != MentionKind::person) continue;
            const auto key = person_key(m.label, rules).first;
            if (const auto it = best.find(key); !key.empty() && it != best.end())
                m.label = std::get<3>(it->second);
        }
}

}  // namespace

void reconcile_names(std::vector<Document>& docs) { reconcile(docs); }
void reconcile_names(std::vector<DocumentFacts>& docs) { reconcile(docs); }
void reconcile_person_names(std::vector<Document>& docs, const TextRules& rules) {
    reconcile_people(docs, rules);
}
void reconcile_person_names(std::vector<DocumentFacts>& docs, const TextRules& rules) {
    reconcile_people(docs, rules);
}

}  // namespace kg::extract
