// Offices from titled persons. The post's country is, in order: the one the pattern gave the
// person ("his Freedonian counterpart"), a country written just before the title ("Freedonian
// Defense Minister", "Freedonia's new Defense Minister"), or else the document's home country
// (the country it mentions most, when no other ties with it) at a lower confidence. With no country
// at all the office is skipped rather than guessed.
#include <map>

#include "extract/components/components.hpp"

namespace kg::extract {
namespace {

class OfficeLinker final : public Component {
public:
    explicit OfficeLinker(const Lexicon& lx) : lx_(lx) {}
    std::string_view name() const noexcept override { return "office_linker"; }
    ComponentInfo info() const override { return {{"doc.tokens", "doc.mentions"}, {"doc.mentions", "doc.relations"}}; }

    void operator()(Document& doc) const override {
        const auto home = home_country(doc);
        const std::size_t n = doc.mentions.size();
        std::map<std::size_t, std::size_t> country_ending_at;  // token end -> mention
        for (std::size_t m = 0; m < n; ++m)
            if (doc.mentions[m].kind == MentionKind::country) country_ending_at[doc.mentions[m].token_end] = m;
        for (std::size_t m = 0; m < n; ++m) {
            const Mention person = doc.mentions[m];
            if (person.kind != MentionKind::person || !person.title) continue;
            const Mention title = doc.mentions[*person.title];
            std::string country = person.country;
            std::optional<std::size_t> country_mention;
            double confidence = 1.0;
            if (country.empty()) {
                country_mention = country_before(doc, title, country_ending_at);
                if (country_mention) country = doc.mentions[*country_mention].label;
            }
            if (country.empty() && home) {
                country = *home;
                confidence = 0.7;
            }
            if (country.empty()) continue;
            const Span rel_span{std::min(person.span.begin, title.span.begin), std::max(person.span.end, title.span.end)};
            Mention office;
            office.kind = MentionKind::office;
            office.span = title.span;
            office.token_begin = title.token_begin;
            office.token_end = title.token_end;
            office.sentence = person.sentence;
            office.label = lx_.office_title(title.label, country) + " (" + country + ")";
            office.surface = title.surface;
            office.rule = "office_linker";
            doc.mentions.push_back(office);
            const std::size_t office_idx = doc.mentions.size() - 1;
            if (!country_mention) {
                // The country is implied by the title here; the title span is its evidence.
                Mention c;
                c.kind = MentionKind::country;
                c.span = title.span;
                c.token_begin = title.token_begin;
                c.token_end = title.token_end;
                c.sentence = person.sentence;
                c.label = country;
                c.surface = country;
                c.rule = "implied_by_title";
                doc.mentions.push_back(std::move(c));
                country_mention = doc.mentions.size() - 1;
            }
            doc.relations.push_back({m, office_idx, "holds-office", rel_span, person.sentence, confidence, "office_linker"});
            doc.relations.push_back({office_idx, *country_mention, "office-of", title.span, person.sentence, confidence, "office_linker"});
        }
    }

private:
    std::optional<std::size_t> country_before(const Document& doc, const Mention& title,
                                              const std::map<std::size_t, std::size_t>& ending_at) const {
        const auto& rules = lx_.rules();
        std::size_t q = title.token_begin;
        const std::size_t floor = doc.sentences[title.sentence].token_begin;
        while (q > floor && rules.title_modifiers.count(doc.tokens[q - 1].text)) --q;
        if (q > floor && doc.tokens[q - 1].text == "'s") --q;
        const auto it = ending_at.find(q);
        if (it == ending_at.end() || doc.mentions[it->second].sentence != title.sentence) return std::nullopt;
        return it->second;
    }

    static std::optional<std::string> home_country(const Document& doc) {
        std::map<std::string, std::size_t> counts;
        for (const auto& m : doc.mentions)
            if (m.kind == MentionKind::country) ++counts[m.label];
        std::optional<std::string> best;
        std::size_t top = 0, second = 0;
        for (const auto& [c, k] : counts) {
            if (k > top) {
                second = top;
                top = k;
                best = c;
            } else if (k > second) {
                second = k;
            }
        }
        // A strict leader only: a tie says nothing about whose officials these are.
        if (!best || top == second || top < 2) return std::nullopt;
        return best;
    }

    const Lexicon& lx_;
};

}  // namespace

std::unique_ptr<Component> make_office_linker(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    return std::make_unique<OfficeLinker>(ctx.lexicon);
}

}  // namespace kg::extract
