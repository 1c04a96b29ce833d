// Sentence-level relations from rules/relation_patterns.json. Forms:
//   active       heads before the trigger verb, the first tail after it
//                ("Roe and Doe will hold the 3rd Reef Dialogue")
//   passive      the nearest tail before "<verb> by", the heads after it
//                ("the Lima Accord signed by Roe and Doe")
//   cooccur      one head and the tails in a sentence that has a trigger word
//                ("At the 3rd Reef Dialogue they reviewed the Lima Accord")
//   preposition  a head followed later in the sentence by "<word> <tail>" ("... Dialogue in Lima")
// and then: the country of an office holder who co-chairs a meeting attended it.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/components/components.hpp"
#include "extract/dateline.hpp"
#include "extract/mention_counts.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace {

using Form = RelationPattern::Form;

class RelationRuler final : public Component {
  public:
    explicit RelationRuler(const Lexicon& lx) : lx_(lx) {
        const auto& patterns = lx_.relation_patterns();
        for (std::size_t i = 0; i < patterns.size(); ++i)
            for (const auto& verb : patterns[i].verbs) patterns_of_[verb].push_back(i);
    }
    std::string_view name() const noexcept override { return "relation_ruler"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences", "doc.mentions"}, {"doc.relations"}};
    }

    void operator()(Document& doc) const override {
        const auto main = main_meeting(doc);
        const auto reported = main ? main : dateline_meeting(doc);
        std::vector<std::vector<std::size_t>> by_sentence(doc.sentences.size());
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            if (doc.mentions[m].kind != MentionKind::title &&
                doc.mentions[m].rule != "implied_by_title" &&
                doc.mentions[m].sentence < by_sentence.size())
                by_sentence[doc.mentions[m].sentence].push_back(m);
        // Lower-cased once per document: every pattern's trigger test reads them.
        std::vector<std::string> lower(doc.tokens.size());
        for (std::size_t k = 0; k < doc.tokens.size(); ++k)
            lower[k] = text::to_lower_ascii(doc.tokens[k].text);
        const auto& patterns = lx_.relation_patterns();
        std::vector<bool> triggered(patterns.size());
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            auto& in_sentence = by_sentence[s];  // mention indices, by position
            if (in_sentence.empty()) continue;   // a relation needs a mention of this sentence
            std::sort(in_sentence.begin(), in_sentence.end(), [&](std::size_t a, std::size_t b) {
                return doc.mentions[a].token_begin < doc.mentions[b].token_begin;
            });
            // Every pattern needs one of its trigger words in the sentence: try only those.
            std::fill(triggered.begin(), triggered.end(), false);
            for (std::size_t k = doc.sentences[s].token_begin; k < doc.sentences[s].token_end; ++k)
                if (const auto it = patterns_of_.find(lower[k]); it != patterns_of_.end())
                    for (const auto i : it->second) triggered[i] = true;
            for (std::size_t i = 0; i < patterns.size(); ++i) {
                if (!triggered[i]) continue;
                const auto& p = patterns[i];
                if (p.form == Form::delegation)
                    delegation(doc, s, in_sentence, p, reported, lower);
                else
                    apply(doc, s, in_sentence, p, main, lower);
            }
        }
        countries_of_chairs(doc);
        drop_attended_by_chairs(doc);
        held_at_dateline(doc);
    }

    // "New Delhi: ... as the third 2+2 Dialogue concluded": a meeting the dateline's sentence
    // reports, with no venue the document gives, took place where the story was filed.
    void held_at_dateline(Document& doc) const {
        const auto d = find_dateline(doc, lx_.rules());
        if (!d) return;
        std::set<std::string> placed;
        for (const auto& r : doc.relations)
            if (r.type == "held-in") placed.insert(doc.mentions[r.head].label);
        const std::size_t n = doc.mentions.size();
        for (std::size_t m = 0; m < n; ++m) {
            const auto& mm = doc.mentions[m];
            if (mm.kind != MentionKind::meeting || mm.sentence != d->sentence ||
                !placed.insert(mm.label).second)
                continue;
            doc.relations.push_back({m, d->country, "held-in", doc.sentences[d->sentence].span,
                                     static_cast<std::uint32_t>(d->sentence), 0.6, "dateline"});
        }
    }

  private:
    // A country whose office holder co-chairs a meeting took part in it: "Peruvian Foreign
    // Minister Rosa Diaz ... will hold the 4th Andes Dialogue" -> Peru attended.
    static void countries_of_chairs(Document& doc) {
        std::multimap<std::string, std::size_t> holds_by_person;  // person label -> holds-office
        std::multimap<std::size_t, std::size_t> office_of;        // office mention -> office-of
        for (std::size_t i = 0; i < doc.relations.size(); ++i) {
            const auto& r = doc.relations[i];
            if (r.type == "holds-office") holds_by_person.emplace(doc.mentions[r.head].label, i);
            if (r.type == "office-of") office_of.emplace(r.head, i);
        }
        const std::size_t n = doc.relations.size();
        for (std::size_t i = 0; i < n; ++i) {
            const auto chair = doc.relations[i];
            if (chair.type != "co-chaired") continue;
            auto [hb, he] = holds_by_person.equal_range(doc.mentions[chair.head].label);
            for (auto h = hb; h != he; ++h) {
                const auto holds = doc.relations[h->second];
                auto [ob, oe] = office_of.equal_range(holds.tail);
                for (auto o = ob; o != oe; ++o) {  // duplicates merge in the graph
                    // A body's post ("Secretary General (NATO)") gives no country.
                    if (doc.mentions[doc.relations[o->second].tail].kind != MentionKind::country)
                        continue;
                    doc.relations.push_back({doc.relations[o->second].tail, chair.tail, "attended",
                                             chair.evidence, chair.sentence,
                                             std::min(0.7, holds.confidence), "country_of_chair"});
                }
            }
        }
    }

    // The first meeting the dateline's sentence names: the event the story was filed on.
    std::optional<std::size_t> dateline_meeting(const Document& doc) const {
        const auto d = find_dateline(doc, lx_.rules());
        if (!d) return std::nullopt;
        std::optional<std::size_t> first;
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            if (doc.mentions[m].kind == MentionKind::meeting &&
                doc.mentions[m].sentence == d->sentence &&
                (!first || doc.mentions[m].token_begin < doc.mentions[*first].token_begin))
                first = m;
        return first;
    }

    // "A and B led the Indian side, while the American delegation was headed by C and D", "A
    // hosted B and C for talks": the principals of the meeting the sentence names (one), else of
    // the one the article reports.
    void delegation(Document& doc, std::size_t s, const std::vector<std::size_t>& ms,
                    const RelationPattern& p, std::optional<std::size_t> reported,
                    const std::vector<std::string>& lower) const {
        const auto& sent = doc.sentences[s];
        std::set<std::string> named;
        std::optional<std::size_t> meeting;
        for (auto m : ms)
            if (doc.mentions[m].kind == p.tail && named.insert(doc.mentions[m].label).second)
                meeting = m;
        if (named.size() > 1) return;
        if (!meeting) meeting = reported;
        if (!meeting) return;
        const auto persons_in = [&](std::size_t from, std::size_t to) {
            std::vector<std::size_t> out;
            for (auto m : ms)
                if (doc.mentions[m].kind == p.head && doc.mentions[m].token_begin >= from &&
                    doc.mentions[m].token_end <= to)
                    out.push_back(m);
            return out;
        };
        const auto noun_in = [&](std::size_t from, std::size_t to) {
            for (std::size_t q = from; q < to && q < sent.token_end; ++q)
                if (p.nouns.count(lower[q])) return true;
            return false;
        };
        // The clause around the verb: from the last "," or "while" before it to the next after.
        const auto clause_begin = [&](std::size_t k) {
            std::size_t b = k;
            while (b > sent.token_begin && lower[b - 1] != "while" && lower[b - 1] != ";") --b;
            return b;
        };
        for (std::size_t k = sent.token_begin; k < sent.token_end; ++k) {
            if (!p.verbs.count(lower[k])) continue;
            std::vector<std::size_t> chairs;
            if (k + 1 < sent.token_end && lower[k + 1] == "by") {
                // "the American delegation was headed by C and D"
                if (!noun_in(k >= 4 ? std::max(k - 4, sent.token_begin) : sent.token_begin, k))
                    continue;
                std::size_t e = k + 2;
                while (e < sent.token_end && lower[e] != "while" && lower[e] != ";" &&
                       lower[e] != ".")
                    ++e;
                chairs = persons_in(k + 2, e);
            } else if (noun_in(k + 1, k + 4)) {
                // "A and B led the Indian side"
                chairs = persons_in(clause_begin(k), k);
            } else {
                // "A hosted B and C for talks"
                std::size_t f = k + 1;  // "for" + noun; "Minister for Defence" is no such one
                while (f + 1 < sent.token_end && f < k + 30 &&
                       !(lower[f] == "for" && noun_in(f + 1, f + 2)))
                    ++f;
                if (f + 1 >= sent.token_end || lower[f] != "for" || !noun_in(f + 1, f + 2))
                    continue;
                chairs = persons_in(clause_begin(k), f);
            }
            std::set<std::string> added;
            for (auto c : chairs)
                if (added.insert(doc.mentions[c].label).second) add(doc, s, c, *meeting, p, 0.7);
        }
    }

    // The meeting an article is about: the one mentioned most, with no tie.
    static std::optional<std::size_t> main_meeting(const Document& doc) {
        const auto counts =
            count_mentions(doc, MentionKind::meeting, [](const Mention&) { return true; });
        const auto lead =
            strict_leader(counts, [](const auto&, const MentionCount& c) { return c.count; });
        if (!lead) return std::nullopt;
        return (*lead)->second.first;
    }

    // "attended" means took part without chairing: a chair of the meeting did not just attend it.
    static void drop_attended_by_chairs(Document& doc) {
        std::set<std::pair<std::string, std::string>> chairs;
        for (const auto& r : doc.relations)
            if (r.type == "co-chaired")
                chairs.emplace(doc.mentions[r.head].label, doc.mentions[r.tail].label);
        std::erase_if(doc.relations, [&](const RelationCandidate& r) {
            return r.type == "attended" &&
                   chairs.count({doc.mentions[r.head].label, doc.mentions[r.tail].label}) > 0;
        });
    }

    // The last mention of `kind` before offset `before`, in sentence s or the three before it:
    // what "the forum", "the organization" or a bare "The five members" stands for.
    static std::optional<std::size_t> last_before(const Document& doc, MentionKind kind,
                                                  std::size_t before, std::size_t s) {
        std::optional<std::size_t> best;
        for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
            const auto& mm = doc.mentions[m];
            if (mm.kind != kind || mm.span.begin >= before || mm.sentence > s ||
                mm.sentence + 3 < s)
                continue;
            if (!best || mm.span.begin > doc.mentions[*best].span.begin) best = m;
        }
        if (best) return best;
        // Else the body the article names most often before here, when one leads (twice at
        // least); its last mention before here.
        const auto counts =
            count_mentions(doc, kind, [&](const Mention& m) { return m.span.begin < before; });
        const auto lead =
            strict_leader(counts, [](const auto&, const MentionCount& c) { return c.count; });
        if (!lead || (*lead)->second.count < 2) return std::nullopt;
        return (*lead)->second.last;
    }

    void add(Document& doc, std::size_t s, std::size_t head, std::size_t tail,
             const RelationPattern& p, double confidence = 0.8) const {
        const auto& h = doc.mentions[head];
        const auto& t = doc.mentions[tail];
        if (h.label == t.label) return;
        doc.relations.push_back(
            {head, tail, p.relation,
             Span{std::min(h.span.begin, t.span.begin), std::max(h.span.end, t.span.end)},
             static_cast<std::uint32_t>(s), confidence, "relation_ruler"});
    }

    void apply(Document& doc, std::size_t s, const std::vector<std::size_t>& ms,
               const RelationPattern& p, std::optional<std::size_t> main,
               const std::vector<std::string>& lower) const {
        const auto& sent = doc.sentences[s];
        const auto is = [&](std::size_t m, MentionKind k) { return doc.mentions[m].kind == k; };
        const auto trigger = [&](std::size_t k) { return p.verbs.count(lower[k]) > 0; };
        if (p.form == Form::cooccur) {
            std::vector<std::size_t> heads, tails;
            for (auto m : ms) {
                if (is(m, p.head)) heads.push_back(m);
                if (is(m, p.tail)) tails.push_back(m);
            }
            // A sentence without a meeting in an article about one meeting speaks of that one.
            double confidence = 0.8;
            if (heads.empty() && p.head == MentionKind::meeting) {
                if (main) {
                    heads.push_back(*main);
                    confidence = 0.6;
                }
            }
            bool triggered = false;
            for (std::size_t k = sent.token_begin; k < sent.token_end && !triggered; ++k)
                triggered = trigger(k);
            // Two different meetings in one sentence: which one discussed what is unclear.
            std::set<std::string> head_labels;
            for (auto h : heads) head_labels.insert(doc.mentions[h].label);
            if (!triggered || head_labels.size() != 1) return;
            for (auto t : tails) add(doc, s, heads.front(), t, p, confidence);
            return;
        }
        // "Peruvian President Ana Soto signed": the country qualifies the signer, not a party.
        const auto qualifier = [&](std::size_t m) {
            if (!is(m, MentionKind::country)) return false;
            std::size_t next = doc.mentions[m].token_end;
            if (next < sent.token_end && doc.tokens[next].text == "'s") ++next;
            for (auto o : ms)
                if (doc.mentions[o].token_begin == next &&
                    (is(o, MentionKind::title) || is(o, MentionKind::person) ||
                     is(o, MentionKind::office)))
                    return true;
            return false;
        };
        // The mention of kind `kind` starting at token k, if any.
        const auto starting = [&](std::size_t k, MentionKind kind) -> std::optional<std::size_t> {
            for (auto m : ms)
                if (doc.mentions[m].token_begin == k && is(m, kind)) return m;
            return std::nullopt;
        };
        const auto ending = [&](std::size_t k, MentionKind kind) -> std::optional<std::size_t> {
            for (auto m : ms)
                if (doc.mentions[m].token_end == k && is(m, kind)) return m;
            return std::nullopt;
        };
        for (std::size_t k = sent.token_begin; k < sent.token_end; ++k) {
            if (!trigger(k)) continue;
            if (p.form == Form::adjacent) {  // "<head> of [the] <tail>"
                std::size_t t = k + 1;
                if (t < sent.token_end && lower[t] == "the") ++t;
                const auto head = ending(k, p.head);
                const auto tail = t < sent.token_end ? starting(t, p.tail) : std::nullopt;
                if (head && tail) add(doc, s, *head, *tail, p);
                continue;
            }
            if (p.form == Form::described) {  // "<head>, [also] [a] <tail> <word>"
                std::optional<std::size_t> tail;
                for (auto m : ms)
                    if (doc.mentions[m].token_end == k && is(m, p.tail)) tail = m;
                if (!tail) continue;
                std::size_t h = doc.mentions[*tail].token_begin;
                while (h > sent.token_begin &&
                       (lower[h - 1] == "also" || lx_.rules().determiners.count(lower[h - 1])))
                    --h;
                if (h <= sent.token_begin || lower[h - 1] != ",") continue;
                if (const auto head = ending(h - 1, p.head)) add(doc, s, *head, *tail, p);
                continue;
            }
            if (p.form == Form::listed) {  // "<tail> <word> <head>, <head> and <head>"
                const auto tail = ending(k, p.tail);
                if (!tail) continue;
                std::size_t q = k + 1;
                while (q < sent.token_end) {
                    const auto head = starting(q, p.head);
                    if (!head) break;
                    add(doc, s, *head, *tail, p);
                    q = doc.mentions[*head].token_end;
                    if (q < sent.token_end && lower[q] == ",") ++q;
                    if (q < sent.token_end && lower[q] == "and") ++q;
                }
                continue;
            }
            if (p.form == Form::roster) {  // "<word> [of <tail>] ...: <head>, <head> and <head>"
                std::size_t q = k + 1;
                std::optional<std::size_t> tail;
                if (q + 1 < sent.token_end && lower[q] == "of") {
                    std::size_t t = q + 1;
                    if (lower[t] == "the") ++t;
                    tail = t < sent.token_end ? starting(t, p.tail) : std::nullopt;
                    // "of the organization": a lower-case noun stands for the body named last.
                    if (tail)
                        q = doc.mentions[*tail].token_end;
                    else if (t < sent.token_end && !text::starts_upper(doc.tokens[t].text))
                        q = t + 1;
                    else
                        continue;
                }
                // "has increased to ten:": a few lower-case words before the list opens.
                while (q < sent.token_end && q < k + 8 && !p.nouns.count(lower[q]) &&
                       !text::starts_upper(doc.tokens[q].text))
                    ++q;
                while (q < sent.token_end && p.nouns.count(lower[q])) ++q;
                std::vector<std::size_t> heads;
                while (q < sent.token_end) {
                    const auto head = starting(q, p.head);
                    if (!head) break;
                    heads.push_back(*head);
                    q = doc.mentions[*head].token_end;
                    if (q < sent.token_end && lower[q] == ",") ++q;
                    if (q < sent.token_end && lower[q] == "and") ++q;
                }
                // One name is an example, not the roster.
                if (heads.size() < 2) continue;
                if (!tail) tail = last_before(doc, p.tail, doc.tokens[k].span.begin, s);
                if (!tail) continue;
                for (auto h : heads) add(doc, s, h, *tail, p, 0.7);
                continue;
            }
            if (p.form == Form::predicate) {  // "<head> became the 31st <noun> of [the] <tail>"
                std::size_t q = k + 1;
                while (q < sent.token_end && q < k + 5 && !p.nouns.count(lower[q]) &&
                       !text::starts_upper(doc.tokens[q].text) && lower[q] != "," &&
                       lower[q] != "of")
                    ++q;
                if (q + 1 >= sent.token_end || !p.nouns.count(lower[q]) || lower[q + 1] != "of")
                    continue;
                std::size_t t = q + 2;
                if (t < sent.token_end && lower[t] == "the") ++t;
                const auto tail = t < sent.token_end ? starting(t, p.tail) : std::nullopt;
                if (!tail) continue;
                // "Peru and Chile are members of": every head listed right before the verb
                // ("has been": its auxiliary).
                std::size_t before = k;
                if (before > sent.token_begin &&
                    (lower[before - 1] == "has" || lower[before - 1] == "have"))
                    --before;
                for (std::size_t h = before; h > sent.token_begin;) {
                    const auto head = ending(h, p.head);
                    if (!head) break;
                    add(doc, s, *head, *tail, p);
                    h = doc.mentions[*head].token_begin;
                    if (h > sent.token_begin && (lower[h - 1] == "," || lower[h - 1] == "and")) --h;
                    if (h > sent.token_begin && lower[h - 1] == ",") --h;
                }
                continue;
            }
            if (p.form == Form::preposition) {
                if (k + 1 >= sent.token_end) continue;
                std::optional<std::size_t> tail, head;
                for (auto m : ms) {
                    if (doc.mentions[m].token_begin == k + 1 && is(m, p.tail)) tail = m;
                    if (doc.mentions[m].token_end <= k && is(m, p.head))
                        head = m;  // nearest before
                }
                if (tail && head) add(doc, s, *head, *tail, p);
            } else if (p.form == Form::active) {
                std::optional<std::size_t> tail;
                for (auto m : ms)
                    if (doc.mentions[m].token_begin > k && is(m, p.tail)) {
                        tail = m;
                        break;
                    }
                if (!tail) continue;
                // "concluded the A in 2016 and the B in 2018": each tail of the list.
                std::vector<std::size_t> tails{*tail};
                for (auto m : ms) {
                    const auto& last = doc.mentions[tails.back()];
                    if (doc.mentions[m].token_begin < last.token_end || !is(m, p.tail)) continue;
                    bool joined = false, broken = false;
                    for (std::size_t q = last.token_end; q < doc.mentions[m].token_begin; ++q) {
                        // Only "and", articles, "in <year>" and an acronym's brackets.
                        const auto& t = doc.tokens[q].text;
                        const bool listy = lower[q] == "and" || lower[q] == "the" ||
                                           lower[q] == "a" || lower[q] == "in" || t == "(" ||
                                           t == ")" || std::all_of(t.begin(), t.end(), [](char c) {
                                               return std::isdigit(static_cast<unsigned char>(c)) ||
                                                      std::isupper(static_cast<unsigned char>(c));
                                           });
                        joined = joined || lower[q] == "and";
                        broken = broken || !listy;
                    }
                    if (!joined || broken || doc.mentions[m].token_begin > last.token_end + 8)
                        break;
                    tails.push_back(m);
                }
                for (auto t : tails)
                    for (auto m : ms)
                        if (doc.mentions[m].token_end <= k && is(m, p.head) && !qualifier(m))
                            add(doc, s, m, t, p);
            } else {  // passive: "<tail> ... <verb> [at the State Department] by <heads>"
                std::size_t by = k + 1;
                while (by < sent.token_end && by < k + 8 && lower[by] != "by" && lower[by] != "," &&
                       lower[by] != ";" && !trigger(by))
                    ++by;
                if (by >= sent.token_end || lower[by] != "by") continue;
                std::optional<std::size_t> tail;
                for (auto m : ms)
                    if (doc.mentions[m].token_end <= k && is(m, p.tail)) tail = m;
                if (!tail) continue;
                for (auto m : ms)
                    if (doc.mentions[m].token_begin > by && is(m, p.head) && !qualifier(m))
                        add(doc, s, m, *tail, p);
            }
        }
    }

    const Lexicon& lx_;
    /// trigger word -> the patterns it triggers, by index in relation_patterns()
    std::unordered_map<std::string, std::vector<std::size_t>> patterns_of_;
};

const char* kind_type(MentionKind k) {
    switch (k) {
        case MentionKind::person:
            return "Person";
        case MentionKind::country:
            return "Country";
        case MentionKind::organization:
            return "Organization";
        case MentionKind::office:
            return "Office";
        case MentionKind::meeting:
            return "Meeting";
        case MentionKind::agreement:
            return "Agreement";
        case MentionKind::title:
            return "Title";
    }
    return "?";
}

}  // namespace

std::unique_ptr<Component> make_relation_ruler(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    // Every pattern must make edges the ontology allows, checked once here rather than per fact.
    for (const auto& p : ctx.lexicon.relation_patterns()) {
        const auto rel = ctx.ontology.find_relation_type(p.relation);
        const auto h = ctx.ontology.find_entity_type(kind_type(p.head));
        const auto t = ctx.ontology.find_entity_type(kind_type(p.tail));
        if (!rel || !h || !t || !ctx.ontology.allows(*rel, *h, *t))
            throw OntologyError("KG-E226", p.origin + ": the ontology has no relation '" +
                                               p.relation + "' from " + kind_type(p.head) + " to " +
                                               kind_type(p.tail) + ".");
    }
    return std::make_unique<RelationRuler>(ctx.lexicon);
}

}  // namespace kg::extract
