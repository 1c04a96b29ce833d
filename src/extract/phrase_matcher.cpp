#include "extract/phrase_matcher.hpp"

#include <cctype>
#include <cstdint>

#include "extract/tokenizer.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace {

bool is_acronym(std::string_view t) {
    std::size_t letters = 0;
    for (char c : t) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        if (std::isupper(static_cast<unsigned char>(c))) ++letters;
    }
    return letters >= 2;
}

bool token_matches(std::string_view phrase_token, std::string_view text_token) {
    if (is_acronym(phrase_token)) return phrase_token == text_token;
    return text::iequals(phrase_token, text_token);
}

char fold(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// FNV-1a over the ASCII-lower-cased bytes, so a token hashes like its lower-case key.
std::size_t folded_hash(std::string_view s) noexcept {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(fold(c))) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
}

bool same_folded(std::string_view lower, std::string_view any) noexcept {
    if (lower.size() != any.size()) return false;
    for (std::size_t i = 0; i < lower.size(); ++i)
        if (lower[i] != fold(any[i])) return false;
    return true;
}

}  // namespace

const PhraseMatcher::Node* PhraseMatcher::Node::find(std::string_view word) const noexcept {
    if (table.empty()) return nullptr;
    const std::size_t h = folded_hash(word), mask = table.size() - 1;
    for (std::size_t i = h & mask; table[i].node; i = (i + 1) & mask)
        if (table[i].hash == h && same_folded(table[i].key, word)) return table[i].node.get();
    return nullptr;
}

PhraseMatcher::Node* PhraseMatcher::Node::find_or_add(const std::string& key) {
    if (const Node* n = find(key)) return const_cast<Node*>(n);
    if (2 * (children + 1) > table.size()) {
        std::vector<Child> old = std::move(table);
        table = std::vector<Child>(old.empty() ? 4 : 2 * old.size());
        for (auto& c : old) {
            if (!c.node) continue;
            std::size_t i = c.hash & (table.size() - 1);
            while (table[i].node) i = (i + 1) & (table.size() - 1);
            table[i] = std::move(c);
        }
    }
    const std::size_t h = folded_hash(key);
    std::size_t i = h & (table.size() - 1);
    while (table[i].node) i = (i + 1) & (table.size() - 1);
    table[i] = Child{h, key, std::make_unique<Node>()};
    ++children;
    return table[i].node.get();
}

void PhraseMatcher::add(std::string_view phrase, std::size_t entry) {
    const auto tokens = tokenize(phrase);
    if (tokens.empty()) return;
    Node* node = root_.get();
    std::vector<std::string> exact;
    for (const auto& t : tokens) {
        const auto key = text::to_lower_ascii(t.text);
        node = node->find_or_add(key);
        exact.push_back(t.text);
    }
    for (const auto& [toks, e] : node->terminals)
        if (toks == exact && e == entry) return;
    node->terminals.emplace_back(std::move(exact), entry);
    ++phrases_;
}

std::optional<PhraseMatch> PhraseMatcher::match_at(const std::vector<Token>& tokens,
                                                   std::size_t begin, std::size_t end) const {
    std::optional<PhraseMatch> best;
    const Node* node = root_.get();
    for (std::size_t i = begin; i < end && node; ++i) {
        node = node->find(tokens[i].text);
        if (!node) break;
        for (const auto& [exact, entry] : node->terminals) {
            bool ok = true;
            for (std::size_t k = 0; k < exact.size() && ok; ++k)
                ok = token_matches(exact[k], tokens[begin + k].text);
            if (ok) {
                best = PhraseMatch{begin, i + 1, entry};
                break;
            }
        }
    }
    return best;
}

}  // namespace kg::extract
