// Offices from titled persons. A body written right before the title owns the post
// ("Freedonian Navy Spokesperson Jane Roe" -> "Spokesperson (Freedonian Navy)"); titles listed
// as organization_titles in rules/persons.json need such a body. Otherwise the post's country is,
// in order: the one the pattern gave the
// person ("his Freedonian counterpart"), a country written just before the title ("Freedonian
// Defense Minister", "Freedonia's new Defense Minister"), the countries a sentence names before
// one title given to as many people, in order ("A and B ... X, Chief, and Y, Chief"), or else
// the document's home country
// at a lower confidence: the country it mentions most (no tie), leaving out countries that qualify
// another title in the same sentence ("President Roe and U.S. President Doe": Roe is not the
// U.S. one). A qualifier inside the title ("Chairman of the U.S. Joint Chiefs") counts as written.
// With no country at all the office is skipped rather than guessed.
#include <algorithm>
#include <map>
#include <set>

#include "extract/components/components.hpp"
#include "extract/dateline.hpp"
#include "extract/mention_counts.hpp"
#include "extract/tokenizer.hpp"

namespace kg::extract {
namespace {

class OfficeLinker final : public Component {
  public:
    explicit OfficeLinker(const Lexicon& lx)
        : lx_(lx), visit_phrases_(tokenize_phrases(lx.rules().visit_words)) {}
    std::string_view name() const noexcept override { return "office_linker"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.mentions"}, {"doc.mentions", "doc.relations"}};
    }

    void operator()(Document& doc) const override {
        const std::size_t n = doc.mentions.size();
        std::map<std::size_t, std::size_t> country_ending_at;  // token end -> mention
        for (std::size_t m = 0; m < n; ++m)
            if (doc.mentions[m].kind == MentionKind::country)
                country_ending_at[doc.mentions[m].token_end] = m;
        std::map<std::size_t, std::size_t> country_starting_at;  // token begin -> mention
        for (std::size_t m = 0; m < n; ++m)
            if (doc.mentions[m].kind == MentionKind::country)
                country_starting_at[doc.mentions[m].token_begin] = m;
        std::map<std::string, std::size_t> country_counts;
        std::vector<std::vector<std::size_t>> titles_by_sentence(doc.sentences.size());
        for (std::size_t m = 0; m < n; ++m) {
            const auto& mm = doc.mentions[m];
            if (mm.kind == MentionKind::country) ++country_counts[mm.label];
            if (mm.kind == MentionKind::title && mm.sentence < titles_by_sentence.size())
                titles_by_sentence[mm.sentence].push_back(m);
        }
        std::map<std::size_t, std::size_t> org_ending_at;
        for (std::size_t m = 0; m < n; ++m)
            if (doc.mentions[m].kind == MentionKind::organization)
                org_ending_at[doc.mentions[m].token_end] = m;
        std::map<std::size_t, std::size_t> org_starting_at;
        for (std::size_t m = 0; m < n; ++m)
            if (doc.mentions[m].kind == MentionKind::organization)
                org_starting_at[doc.mentions[m].token_begin] = m;
        const auto home_org = home_organization(doc, country_counts);
        std::optional<std::string> dateline;
        if (const auto d = find_dateline(doc, lx_.rules()))
            dateline = doc.mentions[d->country].label;
        std::map<std::size_t, std::size_t> person_ending_at;
        for (std::size_t m = 0; m < n; ++m)
            if (doc.mentions[m].kind == MentionKind::person && doc.mentions[m].title)
                person_ending_at[doc.mentions[m].token_end] = m;
        // Every (person, title) pair: a chain ("Deputy Prime Minister and Defence Minister X")
        // gives one person two posts.
        std::vector<std::pair<std::size_t, std::size_t>> titled;
        for (std::size_t m = 0; m < n; ++m) {
            const auto& mm = doc.mentions[m];
            if (mm.kind != MentionKind::person || !mm.title) continue;
            titled.emplace_back(m, *mm.title);
            for (auto t : mm.chained_titles) titled.emplace_back(m, t);
        }
        // The country found for a person's first post, for the others of its chain that name
        // none ("Jane Roe, the Deputy Prime Minister and Minister for Defence").
        std::map<std::size_t, std::pair<std::string, double>> chain_country;
        for (const auto& [m, title_index] : titled) {
            const Mention person = doc.mentions[m];
            const Mention title = doc.mentions[title_index];
            // A body written before the title owns the post: "Freedonian Navy Spokesperson".
            if (person.country.empty()) {
                if (const auto org = country_before(doc, title, org_ending_at)) {
                    add_office(doc, m, title, doc.mentions[*org].label, title.label, *org, 1.0);
                    continue;
                }
            }
            if (lx_.rules().organization_titles.count(title.label)) {
                // "the Inspector General of the Bundeswehr"; else, in a body's own release
                // ("Secretary General Jane Roe" where the body is named more than any country),
                // that body.
                if (person.country.empty()) {
                    if (const auto org = body_after(doc, title, org_starting_at)) {
                        add_office(doc, m, title, doc.mentions[*org].label, title.label, *org, 1.0);
                    } else if (home_org) {
                        add_office(doc, m, title, doc.mentions[*home_org].label, title.label,
                                   *home_org, 0.7);
                    }
                }
                continue;
            }
            std::string country = person.country;
            std::optional<std::size_t> country_mention;
            double confidence = 1.0;
            if (country.empty()) {
                country_mention = country_before(doc, title, country_ending_at);
                if (country_mention) country = doc.mentions[*country_mention].label;
            }
            if (country.empty()) {
                country_mention = country_after(doc, title, country_starting_at);
                if (country_mention) country = doc.mentions[*country_mention].label;
            }
            if (country.empty()) country = country_inside(doc, title);
            if (const auto it = chain_country.find(m);
                country.empty() && it != chain_country.end() && title_index != *person.title) {
                country = it->second.first;
                confidence = it->second.second;
            }
            if (country.empty()) {
                country_mention = shared_country(doc, title, person_ending_at, country_ending_at);
                if (country_mention) {
                    country = doc.mentions[*country_mention].label;
                    confidence = 0.8;
                }
            }
            if (country.empty()) {
                country_mention =
                    respective_country(doc, title_index, titles_by_sentence[title.sentence],
                                       country_ending_at, country_starting_at);
                if (country_mention) {
                    country = doc.mentions[*country_mention].label;
                    confidence = 0.8;
                }
            }
            if (country.empty()) {
                auto excluded =
                    sentence_qualifiers(doc, titles_by_sentence[title.sentence], country_ending_at);
                // Not the country the holder visits, nor one whose own forms of the post differ
                // from the one written ("Foreign Minister" is never the US Secretary of State).
                if (const auto visited = visited_country(doc, person, country_starting_at))
                    excluded.insert(doc.mentions[*visited].label);
                for (const auto& [c, k] : country_counts)
                    if (lx_.styled_otherwise(title.label, c, title.surface)) excluded.insert(c);
                if (dateline && !excluded.count(*dateline)) {
                    country = *dateline;
                    confidence = 0.7;
                } else if (auto home = home_country(country_counts, excluded)) {
                    country = *home;
                    confidence = 0.7;
                }
            }
            // A guess that contradicts the title's style gives way: "Secretary of State X" in a
            // story from New Delhi is the American one when the article mentions the US.
            bool restyled = false;
            if (confidence <= 0.7) {
                const auto styled = lx_.countries_styling(title.surface);
                if (!styled.empty() && !styled.count(country)) {
                    std::vector<std::string> named;
                    for (const auto& c : styled)
                        if (country_counts.count(c)) named.push_back(c);
                    if (named.size() == 1) {
                        country = named.front();
                        restyled = true;
                    } else {
                        // "King X" in a story from a republic, with no one monarchy to give it
                        // to: the guess is surely wrong, so the office is left out.
                        continue;
                    }
                }
            }
            if (country.empty()) continue;
            if (title_index == *person.title) chain_country.try_emplace(m, country, confidence);
            std::size_t owner_mention = 0;
            if (country_mention && !restyled) {
                owner_mention = *country_mention;
            } else {
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
                owner_mention = doc.mentions.size() - 1;
            }
            add_office(doc, m, title, country, lx_.office_title(title.label, country),
                       owner_mention, confidence);
        }
    }

    // Adds "<post> (<owner>)" for person `m`, holds-office and office-of -> mention
    // `owner_mention`.
    static void add_office(Document& doc, std::size_t m, const Mention& title,
                           const std::string& owner, const std::string& post,
                           std::size_t owner_mention, double confidence) {
        const Mention& person = doc.mentions[m];
        const Span rel_span{std::min(person.span.begin, title.span.begin),
                            std::max(person.span.end, title.span.end)};
        const auto sentence = person.sentence;
        Mention office;
        office.kind = MentionKind::office;
        office.span = title.span;
        office.token_begin = title.token_begin;
        office.token_end = title.token_end;
        office.sentence = sentence;
        office.label = post + " (" + owner + ")";
        office.post = title.label;
        office.country = owner;
        office.surface = title.surface;
        office.rule = "office_linker";
        // A body's post is also named after the body as the text writes it ("NATO").
        const auto& owner_m = doc.mentions[owner_mention];
        if (owner_m.kind == MentionKind::organization && !owner_m.surface.empty() &&
            owner_m.surface != owner)
            office.attrs["aliases"] = post + " (" + owner_m.surface + ")";
        doc.mentions.push_back(std::move(office));
        const std::size_t office_idx = doc.mentions.size() - 1;
        doc.relations.push_back(
            {m, office_idx, "holds-office", rel_span, sentence, confidence, "office_linker"});
        doc.relations.push_back({office_idx, owner_mention, "office-of", title.span, sentence,
                                 confidence, "office_linker"});
    }

  private:
    // "Prime Minister Jane Roe visited Lima": the country right after a visit phrase
    // (rules/persons.json visit_words) that follows the person, within a few tokens.
    std::optional<std::size_t> visited_country(
        const Document& doc, const Mention& person,
        const std::map<std::size_t, std::size_t>& starting_at) const {
        const std::size_t end = doc.sentences[person.sentence].token_end;
        for (std::size_t q = person.token_end; q < end && q < person.token_end + 3; ++q)
            for (const auto& phrase : visit_phrases_) {
                std::size_t k = q;
                bool same = true;
                for (const auto& word : phrase) {
                    same = same && k < end && doc.tokens[k].text == word;
                    ++k;
                }
                if (!same) continue;
                if (k < end && doc.tokens[k].text == "the") ++k;
                if (const auto it = starting_at.find(k); it != starting_at.end()) return it->second;
            }
        return std::nullopt;
    }

    // "Inspector General of the Bundeswehr": the body right after "of [the]".
    static std::optional<std::size_t> body_after(
        const Document& doc, const Mention& title,
        const std::map<std::size_t, std::size_t>& starting_at) {
        std::size_t q = title.token_end;
        const std::size_t end = doc.sentences[title.sentence].token_end;
        if (q >= end || doc.tokens[q].text != "of") return std::nullopt;
        ++q;
        if (q < end && doc.tokens[q].text == "the") ++q;
        const auto it = starting_at.find(q);
        if (it == starting_at.end()) return std::nullopt;
        return it->second;
    }

    // The body a document is about: the organization it names most, at least three times and
    // more often than any country, with no tie. Returns its first mention.
    static std::optional<std::size_t> home_organization(
        const Document& doc, const std::map<std::string, std::size_t>& country_counts) {
        const auto counts =
            count_mentions(doc, MentionKind::organization, [](const Mention&) { return true; });
        const auto lead =
            strict_leader(counts, [](const auto&, const MentionCount& c) { return c.count; });
        std::size_t most_country = 0;
        for (const auto& [c, k] : country_counts) most_country = std::max(most_country, k);
        if (!lead || (*lead)->second.count < 3 || (*lead)->second.count <= most_country)
            return std::nullopt;
        return (*lead)->second.first;
    }

    std::optional<std::size_t> country_before(
        const Document& doc, const Mention& title,
        const std::map<std::size_t, std::size_t>& ending_at) const {
        const auto& rules = lx_.rules();
        std::size_t q = title.token_begin;
        const std::size_t floor = doc.sentences[title.sentence].token_begin;
        while (q > floor && rules.title_modifiers.count(doc.tokens[q - 1].text)) --q;
        // "his Turkish counterpart, Minister of Foreign Affairs X": the counterpart's country.
        if (q > floor + 1 && doc.tokens[q - 1].text == "," &&
            rules.counterpart_words.count(doc.tokens[q - 2].text))
            q -= 2;
        else if (q > floor && rules.counterpart_words.count(doc.tokens[q - 1].text))
            --q;
        if (q > floor && doc.tokens[q - 1].text == "'s") --q;
        // "Freedonia, whose prime minister, Jane Roe,": the relative clause's country.
        else if (q > floor + 1 && doc.tokens[q - 1].text == "whose" &&
                 doc.tokens[q - 2].text == ",")
            q -= 2;
        const auto it = ending_at.find(q);
        if (it == ending_at.end() || doc.mentions[it->second].sentence != title.sentence)
            return std::nullopt;
        return it->second;
    }

    // "Minister of Defence of the Republic of India": the country right after the title.
    std::optional<std::size_t> country_after(
        const Document& doc, const Mention& title,
        const std::map<std::size_t, std::size_t>& starting_at) const {
        std::size_t q = title.token_end;
        const std::size_t end = doc.sentences[title.sentence].token_end;
        if (q >= end || doc.tokens[q].text != "of") return std::nullopt;
        ++q;
        if (q < end && doc.tokens[q].text == "the") ++q;
        const auto it = starting_at.find(q);
        if (it == starting_at.end() || doc.mentions[it->second].sentence != title.sentence)
            return std::nullopt;
        return it->second;
    }

    std::string country_inside(const Document& doc, const Mention& title) const {
        for (std::size_t i = title.token_begin; i < title.token_end; ++i) {
            const auto m = lx_.matcher().match_at(doc.tokens, i, title.token_end);
            if (m && lx_.entries()[m->entry].kind == MentionKind::country)
                return lx_.entries()[m->entry].canonical;
        }
        return {};
    }

    // "Chile and Peru will hold talks attended by Ana Rojas, Defense Minister, and Luis Salas,
    // Defense Minister": one title given to as many people as the countries the sentence names
    // before them, none qualified, is theirs in the order written. Returns the country mention.
    std::optional<std::size_t> respective_country(
        const Document& doc, std::size_t title, const std::vector<std::size_t>& titles,
        const std::map<std::size_t, std::size_t>& ending_at,
        const std::map<std::size_t, std::size_t>& starting_at) const {
        std::vector<std::size_t> same;
        for (auto t : titles) {
            const auto& m = doc.mentions[t];
            if (m.label != doc.mentions[title].label) continue;
            if (country_before(doc, m, ending_at) || country_after(doc, m, starting_at) ||
                !country_inside(doc, m).empty())
                return std::nullopt;
            same.push_back(t);
        }
        if (same.size() < 2) return std::nullopt;
        std::sort(same.begin(), same.end(), [&](std::size_t a, std::size_t b) {
            return doc.mentions[a].token_begin < doc.mentions[b].token_begin;
        });
        const auto& first = doc.mentions[same.front()];
        std::vector<std::size_t> countries;
        std::set<std::string> seen;
        for (const auto& [begin, c] : starting_at) {
            const auto& cm = doc.mentions[c];
            if (cm.sentence != first.sentence || begin >= first.token_begin) continue;
            if (begin > 0 && doc.tokens[begin - 1].text == "in") continue;  // a venue
            if (seen.insert(cm.label).second) countries.push_back(c);
        }
        if (countries.size() != same.size()) return std::nullopt;
        const auto pos = std::find(same.begin(), same.end(), title) - same.begin();
        return countries[static_cast<std::size_t>(pos)];
    }

    // "Japanese Foreign Minister A and Defense Minister B": a title right after a conjunct whose
    // title has a written country shares it, unless it is the same post (one holder per country:
    // "Chilean Defense Minister A and Defense Minister B" are two countries' ministers).
    std::optional<std::size_t> shared_country(
        const Document& doc, const Mention& title,
        const std::map<std::size_t, std::size_t>& person_ending_at,
        const std::map<std::size_t, std::size_t>& country_ending_at) const {
        const std::size_t b = title.token_begin;
        if (b < 2 || (doc.tokens[b - 1].text != "and" && doc.tokens[b - 1].text != ","))
            return std::nullopt;
        const auto it = person_ending_at.find(b - 1);
        if (it == person_ending_at.end()) return std::nullopt;
        const auto& other = doc.mentions[it->second];
        if (other.sentence != title.sentence) return std::nullopt;
        const auto& other_title = doc.mentions[*other.title];
        if (other_title.label == title.label) return std::nullopt;
        return country_before(doc, other_title, country_ending_at);
    }

    // "TOKYO, Dec 9 (Wire) -", "New Delhi:": the place an article was filed from is where its
    // unqualified officials belong ("Prime Minister X" in a story from New Delhi), more than the
    // country it mentions most. A capital opening a sentence, then a colon, or a comma and a date.
    // Countries written before or inside another title of `sentence`.
    std::set<std::string> sentence_qualifiers(
        const Document& doc, const std::vector<std::size_t>& titles,
        const std::map<std::size_t, std::size_t>& ending_at) const {
        std::set<std::string> out;
        for (auto t : titles) {
            const auto& m = doc.mentions[t];
            // "Israel's first prime minister", "the former US president": a past holder does not
            // keep the post from anyone now.
            if (m.token_begin > 0 &&
                lx_.rules().past_modifiers.count(doc.tokens[m.token_begin - 1].text))
                continue;
            if (auto c = country_before(doc, m, ending_at)) out.insert(doc.mentions[*c].label);
            if (auto c = country_inside(doc, m); !c.empty()) out.insert(c);
        }
        return out;
    }

    static std::optional<std::string> home_country(const std::map<std::string, std::size_t>& counts,
                                                   const std::set<std::string>& excluded) {
        const auto lead = strict_leader(
            counts, [&](const std::string& c, std::size_t k) { return excluded.count(c) ? 0 : k; });
        // A strict leader only: a tie says nothing about whose officials these are.
        if (!lead || (*lead)->second < 2) return std::nullopt;
        return (*lead)->first;
    }

    const Lexicon& lx_;
    std::vector<std::vector<std::string>> visit_phrases_;  ///< visit_words, tokenized
};

}  // namespace

std::unique_ptr<Component> make_office_linker(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    return std::make_unique<OfficeLinker>(ctx.lexicon);
}

}  // namespace kg::extract
