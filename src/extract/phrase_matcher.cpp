#include "extract/phrase_matcher.hpp"

#include <cctype>

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

}  // namespace

void PhraseMatcher::add(std::string_view phrase, std::size_t entry) {
    const auto tokens = tokenize(phrase);
    if (tokens.empty()) return;
    Node* node = root_.get();
    std::vector<std::string> exact;
    for (const auto& t : tokens) {
        const auto key = text::to_lower_ascii(t.text);
        auto it = node->children.find(key);
        if (it == node->children.end())
            it = node->children.emplace(key, std::make_unique<Node>()).first;
        node = it->second.get();
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
    std::string key;  // reused: one allocation per call at most, not one per token
    for (std::size_t i = begin; i < end && node; ++i) {
        key.assign(tokens[i].text);
        for (char& c : key)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const auto it = node->children.find(std::string_view(key));
        if (it == node->children.end()) break;
        node = it->second.get();
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
