// Sentence boundaries: a blank line or a line break before a capital (headlines, bylines,
// one-paragraph-per-line articles), and '.', '!' or '?' before a capital, unless the word before
// the period is an abbreviation, an initial, or a dotted acronym ("U.S.") not followed by a word
// that typically starts a sentence.
#include <cctype>

#include "extract/components/components.hpp"
#include "extract/tokenizer.hpp"

namespace kg::extract {
namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

class SentenceSplitter final : public Component {
  public:
    explicit SentenceSplitter(const Lexicon& lx) : rules_(lx.rules()) {}
    std::string_view name() const noexcept override { return "sentence_splitter"; }
    ComponentInfo info() const override { return {{"doc.text"}, {"doc.tokens", "doc.sentences"}}; }

    void operator()(Document& doc) const override {
        doc.tokens = tokenize(doc.text);
        doc.sentences.clear();
        const std::string& t = doc.text;
        std::size_t start = 0;
        auto emit = [&](std::size_t end) {
            std::size_t b = start, e = end;
            while (b < e && is_space(t[b])) ++b;
            while (e > b && is_space(t[e - 1])) --e;
            if (b < e)
                doc.sentences.push_back(Sentence{
                    Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, 0, 0});
            start = end;
        };
        for (std::size_t i = 0; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '\n') {
                std::size_t j = i + 1;
                bool blank = false;
                for (; j < t.size() && is_space(t[j]); ++j)
                    if (t[j] == '\n') blank = true;
                if (blank || j >= t.size() || !std::islower(static_cast<unsigned char>(t[j])))
                    emit(i);
                // Every newline of this run of spaces would decide the same: skip the run, so
                // that a megabyte of blank lines costs linear time, not quadratic.
                i = j - 1;
            } else if (c == '.' || c == '!' || c == '?') {
                std::size_t j = i + 1;
                while (j < t.size() && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) ++j;
                if (j >= t.size() || !is_space(t[j])) continue;
                std::size_t k = j;
                while (k < t.size() && t[k] == ' ') ++k;
                if (k < t.size() && t[k] == '\n') continue;  // the newline rule decides
                if (k >= t.size()) continue;
                const auto next = static_cast<unsigned char>(t[k]);
                if (!(std::isupper(next) || std::isdigit(next) || next == '"' || next == '(' ||
                      next == '\''))
                    continue;
                if (c == '.' && !period_ends_sentence(t, i, k)) continue;
                emit(j);
            }
        }
        emit(t.size());
        // Token ranges per sentence.
        std::size_t tk = 0;
        for (auto& s : doc.sentences) {
            while (tk < doc.tokens.size() && doc.tokens[tk].span.begin < s.span.begin) ++tk;
            s.token_begin = tk;
            while (tk < doc.tokens.size() && doc.tokens[tk].span.end <= s.span.end) ++tk;
            s.token_end = tk;
        }
    }

  private:
    // `dot` is the period, `next` the first character of the following word.
    bool period_ends_sentence(const std::string& t, std::size_t dot, std::size_t next) const {
        std::size_t b = dot;
        while (b > 0 && (is_word_byte(t[b - 1]) || t[b - 1] == '.' || t[b - 1] == '-')) --b;
        const std::string word = t.substr(b, dot - b);
        if (word.empty()) return true;
        if (rules_.abbreviations.count(word)) return false;
        const bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
        const bool dotted = word.find('.') != std::string::npos;
        if (!initial && !dotted) return true;
        std::size_t e = next;
        while (e < t.size() && is_word_byte(t[e])) ++e;
        // An initial or a dotted acronym before a capitalized word is usually "J. Smith" or
        // "U.S. forces"; only a typical sentence opener after it ends the sentence.
        return rules_.sentence_starters.count(t.substr(next, e - next)) > 0 && !initial;
    }

    const TextRules& rules_;
};

}  // namespace

std::unique_ptr<Component> make_sentence_splitter(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    return std::make_unique<SentenceSplitter>(ctx.lexicon);
}

}  // namespace kg::extract
