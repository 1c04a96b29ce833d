#include "extract/name_shape.hpp"

#include <cctype>
#include <string_view>

#include "util/text.hpp"

namespace kg::extract {

bool is_name_token(const Token& t, const TextRules& rules) {
    if (!text::starts_upper(t.text)) return false;
    bool lower = false;
    // "Çavuşoğlu": a non-ASCII capital is two bytes, checked by starts_upper.
    const bool wide = static_cast<unsigned char>(t.text[0]) >= 0x80;
    for (char c : std::string_view(t.text).substr(wide ? 2 : 0)) {
        const auto u = static_cast<unsigned char>(c);
        if (std::islower(u) || u >= 0x80)
            lower = true;
        else if (!(std::isupper(u) || c == '-' || c == '\''))
            return false;
    }
    // Sentence openers ("When", "After") are never part of a name either.
    return lower && !rules.name_stopwords.count(t.text) && !rules.body_words.count(t.text) &&
           !rules.sentence_starters.count(t.text);
}

bool is_month_of_date(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                      const TextRules& rules) {
    if (!rules.months.count(tokens[i].text)) return false;
    // "in May Tusk took office": a month after a time preposition.
    if (i > 0 && rules.month_prepositions.count(text::to_lower_ascii(tokens[i - 1].text)))
        return true;
    if (i + 1 >= end) return false;
    const auto& next = tokens[i + 1].text;
    return next == "." || (!next.empty() && std::isdigit(static_cast<unsigned char>(next[0])));
}

namespace {
bool is_initial(const Token& t) {
    return t.text.size() == 2 && std::isupper(static_cast<unsigned char>(t.text[0])) &&
           t.text[1] == '.';
}
}  // namespace

std::size_t read_name(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                      const std::vector<bool>& covered, const TextRules& rules) {
    std::size_t words = 0, i = begin;
    while (i < end && !covered[i]) {
        if (is_month_of_date(tokens, i, end, rules)) break;
        if (is_name_token(tokens[i], rules)) {
            ++words;
        } else if (words > 0 && tokens[i].text == "-" && i + 1 < end && !covered[i + 1] &&
                   tokens[i].span.begin == tokens[i - 1].span.end &&
                   tokens[i + 1].span.begin == tokens[i].span.end &&
                   is_name_token(tokens[i + 1], rules)) {
            // "Jean-Pierre": a hyphen glued between two capitalized parts joins one word.
            ++i;
            continue;
        } else if (is_initial(tokens[i]) && i + 1 < end && is_name_token(tokens[i + 1], rules)) {
            // "Lloyd J. Austin"; a leading initial stands for a given name ("S. Jaishankar").
            if (words == 0) ++words;
        } else if (words > 0 && rules.name_particles.count(tokens[i].text)) {
            // "Ursula von der Leyen": particles inside a name, never at its end.
            std::size_t j = i;
            while (j < end && !covered[j] && rules.name_particles.count(tokens[j].text)) ++j;
            if (j >= end || covered[j] || !is_name_token(tokens[j], rules)) break;
            i = j;
            continue;
        } else {
            break;
        }
        ++i;
    }
    if (words < rules.name_min_tokens || words > rules.name_max_tokens) return 0;
    // "Lloyd J. Austin III": a generational suffix closes the name (Jr is a name word already).
    if (i < end && !covered[i] && rules.name_suffixes.count(tokens[i].text)) ++i;
    // "Tom Roe Holdings", "Jane Roe Foundation": the run is the start of a body's name.
    if (i < end && rules.body_words.count(tokens[i].text)) return 0;
    return i - begin;
}

std::vector<bool> covered_tokens(const Document& doc) {
    std::vector<bool> covered(doc.tokens.size(), false);
    for (const auto& m : doc.mentions)
        for (std::size_t i = m.token_begin; i < m.token_end && i < covered.size(); ++i)
            covered[i] = true;
    return covered;
}

std::string token_text(const Document& doc, std::size_t b, std::size_t e) {
    if (b >= e) return {};
    const auto from = doc.tokens[b].span.begin, to = doc.tokens[e - 1].span.end;
    return doc.text.substr(from, to - from);
}

Mention person_mention(const Document& doc, std::size_t s, std::size_t b, std::size_t n,
                       const char* rule) {
    Mention p;
    p.kind = MentionKind::person;
    p.token_begin = b;
    p.token_end = b + n;
    p.span = Span{doc.tokens[b].span.begin, doc.tokens[b + n - 1].span.end};
    p.sentence = static_cast<std::uint32_t>(s);
    p.label = join_tokens(doc, b, b + n);
    p.rule = rule;
    return p;
}

std::string join_tokens(const Document& doc, std::size_t b, std::size_t e) {
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        const bool glued = i > b && doc.tokens[i].span.begin == doc.tokens[i - 1].span.end;
        out += (i == b || glued ? "" : " ") + doc.tokens[i].text;
    }
    return out;
}

std::optional<std::string> person_ending_with(const Document& doc, std::string_view tail) {
    std::optional<std::string> found;
    for (const auto& m : doc.mentions) {
        const std::string_view label = m.label;
        if (m.kind != MentionKind::person || label.size() <= tail.size() ||
            !label.ends_with(tail) || label[label.size() - tail.size() - 1] != ' ')
            continue;
        if (found && *found != label) return std::nullopt;
        found = m.label;
    }
    return found;
}

}  // namespace kg::extract
