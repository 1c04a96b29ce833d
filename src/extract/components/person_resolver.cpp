// Within one document, a later (or headline) "Jane Roe", "Roe" or "Minister Roe" is the person
// already found as "Jane Roe". A bare surname resolves only when exactly one known person has it,
// so two people sharing a surname stay two and the ambiguous mention is left out.
#include <algorithm>
#include <map>

#include "extract/components/components.hpp"
#include "extract/name_shape.hpp"
#include "extract/tokenizer.hpp"

namespace kg::extract {
namespace {

class PersonResolver final : public Component {
  public:
    explicit PersonResolver(const Lexicon& lx) : rules_(lx.rules()) {}
    std::string_view name() const noexcept override { return "person_resolver"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences", "doc.mentions"}, {"doc.mentions"}};
    }

    void operator()(Document& doc) const override {
        std::vector<std::vector<std::string>> names;  // known persons, as token texts
        std::vector<std::string> labels;              // and as their labels ("Kramp-Karrenbauer")
        std::map<std::string, std::vector<std::size_t>> by_part;
        for (const auto& m : doc.mentions) {
            if (m.kind != MentionKind::person) continue;
            std::vector<std::string> toks;
            for (const auto& t : tokenize(m.label)) toks.push_back(t.text);
            if (std::find(names.begin(), names.end(), toks) != names.end() || toks.empty())
                continue;
            names.push_back(toks);
            labels.push_back(m.label);
            for (const auto& part : {toks.front(), toks.back()}) {
                auto& v = by_part[part];
                if (std::find(v.begin(), v.end(), names.size() - 1) == v.end())
                    v.push_back(names.size() - 1);
            }
        }
        if (names.empty()) return;
        std::multimap<std::string, std::size_t> by_first;  // first token -> names, in order
        for (std::size_t p = 0; p < names.size(); ++p) by_first.emplace(names[p].front(), p);
        // Surnames of several tokens ("Kramp-Karrenbauer", "Lula da Silva", "von der Leyen"):
        // each capitalized tail of two or more tokens -> the names ending in it.
        std::map<std::vector<std::string>, std::vector<std::size_t>> by_tail;
        for (std::size_t p = 0; p < names.size(); ++p)
            for (std::size_t k = 1; k + 1 < names[p].size(); ++k) {
                auto& v = by_tail[{names[p].begin() + static_cast<long>(k), names[p].end()}];
                if (std::find(v.begin(), v.end(), p) == v.end()) v.push_back(p);
            }
        auto covered = covered_tokens(doc);
        std::vector<long> title_ending_at(doc.tokens.size() + 1, -1);
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            if (doc.mentions[m].kind == MentionKind::title)
                title_ending_at[doc.mentions[m].token_end] = static_cast<long>(m);
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto& sent = doc.sentences[s];
            for (std::size_t i = sent.token_begin; i < sent.token_end; ++i) {
                if (covered[i] || !is_name_token(doc.tokens[i], rules_) ||
                    is_month_of_date(doc.tokens, i, sent.token_end, rules_))
                    continue;
                if (i > sent.token_begin && is_name_token(doc.tokens[i - 1], rules_) &&
                    !covered[i - 1])
                    continue;
                std::optional<std::size_t> who;
                std::size_t len = 0;
                const auto [fb, fe] = by_first.equal_range(doc.tokens[i].text);
                for (auto f = fb; f != fe && !who; ++f) {
                    const std::size_t p = f->second;
                    const auto& nm = names[p];
                    if (i + nm.size() > sent.token_end) continue;
                    bool eq = true;
                    for (std::size_t k = 0; k < nm.size() && eq; ++k)
                        eq = doc.tokens[i + k].text == nm[k] && !covered[i + k];
                    if (eq) who = p, len = nm.size();
                }
                // The longest tail of one known name that the text has here.
                for (std::size_t n = std::min<std::size_t>(6, sent.token_end - i); n >= 2 && !who;
                     --n) {
                    std::vector<std::string> tail;
                    for (std::size_t k = i; k < i + n && !covered[k]; ++k)
                        tail.push_back(doc.tokens[k].text);
                    const auto it = by_tail.find(tail);
                    const bool ends_name =
                        i + n >= sent.token_end || !is_name_token(doc.tokens[i + n], rules_);
                    if (tail.size() == n && it != by_tail.end() && it->second.size() == 1 &&
                        ends_name)
                        who = it->second.front(), len = n;
                }
                if (!who) {
                    const auto it = by_part.find(doc.tokens[i].text);
                    const bool followed_by_name =
                        i + 1 < sent.token_end && is_name_token(doc.tokens[i + 1], rules_);
                    if (it == by_part.end() || it->second.size() != 1 || followed_by_name) continue;
                    who = it->second.front();
                    len = 1;
                }
                Mention p;
                p.kind = MentionKind::person;
                p.token_begin = i;
                p.token_end = i + len;
                p.span = Span{doc.tokens[i].span.begin, doc.tokens[i + len - 1].span.end};
                p.sentence = static_cast<std::uint32_t>(s);
                p.label = labels[*who];
                const long t = title_ending_at[i];
                p.surface = token_text(doc, t >= 0 ? doc.mentions[t].token_begin : i, i + len);
                p.rule = len == 1 || len < names[*who].size() ? "surname" : "full_name";
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                doc.mentions.push_back(std::move(p));
                i += len - 1;
            }
        }
    }

  private:
    const TextRules& rules_;
};

}  // namespace

std::unique_ptr<Component> make_person_resolver(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    return std::make_unique<PersonResolver>(ctx.lexicon);
}

}  // namespace kg::extract
