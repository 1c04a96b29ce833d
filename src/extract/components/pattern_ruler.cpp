// Named meetings, agreements and bodies by shape (rules/phrases.json): a run of capitalized words
// (with numbers, glued hyphens, countries and lower-case connectors inside) that ends in a head
// word of a family: "Harbor Accord", "3rd Coastal Security Dialogue", "Fisheries Consultative
// Group". A meeting is one occurrence, so it needs an ordinal, a year after it, or the document's
// year; a bare series name in a document that also names an ordinal occurrence of it is that
// occurrence. "Name (ACR)" defines ACR for the rest of the document, "the 4th ACR" included.
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/components/components.hpp"
#include "extract/date_expr.hpp"
#include "extract/name_shape.hpp"
#include "extract/tokenizer.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace {

bool is_ordinal(const std::string& t) {
    std::size_t d = 0;
    while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
    if (d == 0 || d + 2 != t.size()) return false;
    const auto suffix = t.substr(d);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

bool is_number(const std::string& t) {
    if (t.empty()) return false;
    for (char c : t)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

bool is_capitalized(const std::string& t) {
    return !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
}

bool is_acronym(const std::string& t) {
    if (t.size() < 2 || t.size() > 8) return false;
    for (char c : t)
        if (!std::isupper(static_cast<unsigned char>(c))) return false;
    return true;
}

struct Candidate {
    std::size_t begin = 0, end = 0;  // tokens
    std::uint32_t sentence = 0;
    MentionKind kind = MentionKind::agreement;
    std::string series;  // the name without ordinal or year
    std::string label;   // empty: not pinned (yet)
    bool pinned = false;
    std::string alt_label;       // the same thing without a date or participant prefix
    bool needs_subject = false;  // a one-word head kept only if "of/on ..." follows
};

class PatternRuler final : public Component {
  public:
    explicit PatternRuler(const Lexicon& lx)
        : rules_(lx.phrases()), text_rules_(lx.rules()), months_(lx.rules().months) {}
    std::string_view name() const noexcept override { return "pattern_ruler"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences", "doc.mentions"}, {"doc.mentions", "doc.relations"}};
    }

    void operator()(Document& doc) const override {
        if (rules_.families.empty()) return;
        // Mention indices change below (absorbed mentions are dropped): no relation may exist yet.
        if (!doc.relations.empty())
            throw OntologyError("KG-E227",
                                "pattern_ruler must run before any component that adds relations.");
        // Mentions by token, to absorb countries and bodies into longer names.
        std::vector<long> mention_at(doc.tokens.size(), -1);
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            for (std::size_t k = doc.mentions[m].token_begin; k < doc.mentions[m].token_end; ++k)
                mention_at[k] = static_cast<long>(m);
        const std::string year = doc.info.date.size() >= 4 ? doc.info.date.substr(0, 4) : "";

        std::vector<Candidate> cands;
        std::map<std::string, std::size_t> acronyms;            // ACR -> candidate
        std::vector<bool> year_used(doc.tokens.size(), false);  // "Summit [in] 2014": its year
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto& sent = doc.sentences[s];
            for (std::size_t i = sent.token_begin; i < sent.token_end;) {
                auto c = read_candidate(doc, i, sent.token_end, mention_at);
                if (!c) {
                    ++i;
                    continue;
                }
                c->sentence = static_cast<std::uint32_t>(s);
                std::size_t next = c->end;
                if (c->kind == MentionKind::meeting && !c->pinned && next < sent.token_end &&
                    is_number(doc.tokens[next].text) && doc.tokens[next].text.size() == 4) {
                    c->label = c->series + " " + doc.tokens[next].text;
                    c->pinned = true;
                    year_used[next] = true;
                    c->end = ++next;
                }
                // "the Wales Summit in 2014": the year it was held, not the article's.
                if (c->kind == MentionKind::meeting && !c->pinned && next + 1 < sent.token_end &&
                    doc.tokens[next].text == "in" && is_number(doc.tokens[next + 1].text) &&
                    doc.tokens[next + 1].text.size() == 4) {
                    c->label = c->series + " " + doc.tokens[next + 1].text;
                    c->pinned = true;
                    year_used[next + 1] = true;
                }
                if (next + 2 < sent.token_end && doc.tokens[next].text == "(" &&
                    is_acronym(doc.tokens[next + 1].text) && doc.tokens[next + 2].text == ")" &&
                    mention_at[next + 1] < 0)
                    acronyms.emplace(doc.tokens[next + 1].text, cands.size());
                i = c->end;
                cands.push_back(std::move(*c));
            }
        }
        // An acronym the text never defines but whose letters are the initials of a name it
        // gives ("EDSCG" after "Extended Deterrence Strategy and Consultation Group") is that name.
        for (std::size_t ci = 0; ci < cands.size(); ++ci) {
            std::string initials;
            for (std::size_t k = cands[ci].begin; k < cands[ci].end; ++k) {
                const auto& t = doc.tokens[k].text;
                if (!t.empty() && std::isupper(static_cast<unsigned char>(t[0]))) initials += t[0];
            }
            if (initials.size() >= 3) acronyms.emplace(initials, ci);
        }
        // Pin meetings: a series named with an ordinal elsewhere in the document is that one.
        std::map<std::string, std::string> instance;
        for (const auto& c : cands)
            if (c.kind == MentionKind::meeting && c.pinned) instance.emplace(c.series, c.label);
        for (auto& c : cands) {
            if (c.pinned) continue;
            if (c.kind != MentionKind::meeting) {
                c.label = c.series;
            } else if (auto it = instance.find(c.series); it != instance.end()) {
                c.label = it->second;
            } else if (const auto held = sentence_year(doc, c.sentence, year_used); !held.empty()) {
                // "On 10 July 2023, on the eve of the NATO Summit": the year its sentence dates.
                c.label = c.series + " " + held;
            } else if (!year.empty()) {
                c.label = c.series + " " + year;
            }
        }
        // "the NATO Summit in Washington" and "the Washington Summit" of the same year are one
        // meeting: the host city's name before the head word is the first's other name.
        std::unordered_multimap<std::string, std::size_t> meeting_by_series;
        for (std::size_t o = 0; o < cands.size(); ++o)
            if (cands[o].kind == MentionKind::meeting)
                meeting_by_series.emplace(cands[o].series, o);
        for (const auto& c : cands) {
            if (c.kind != MentionKind::meeting || c.label.empty() ||
                c.end + 1 >= doc.tokens.size() || doc.tokens[c.end].text != "in" ||
                mention_at[c.end + 1] < 0)
                continue;
            const auto& place = doc.mentions[mention_at[c.end + 1]];
            if (place.kind != MentionKind::country || place.token_begin != c.end + 1) continue;
            const std::string head = doc.tokens[c.end - 1].text;
            const std::string held =
                c.label.size() > c.series.size() ? c.label.substr(c.series.size()) : std::string();
            const std::string other = place.surface + " " + head;
            const auto [from, to] = meeting_by_series.equal_range(other);
            for (auto it = from; it != to; ++it)
                if (auto& o = cands[it->second]; &o != &c && o.label == other + held)
                    o.label = c.label;
        }
        for (auto& c : cands) c.alt_label = alt_label(doc, c, mention_at);
        // Acronym uses: "ACR" or "the 4th ACR".
        std::vector<Candidate> uses;
        std::vector<bool> in_cand(doc.tokens.size(), false);
        for (const auto& c : cands)
            for (std::size_t k = c.begin; k < c.end; ++k) in_cand[k] = true;
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto& sent = doc.sentences[s];
            for (std::size_t k = sent.token_begin; k < sent.token_end; ++k) {
                const auto it = acronyms.find(doc.tokens[k].text);
                if (it == acronyms.end() || in_cand[k] || mention_at[k] >= 0) continue;
                if (k > 0 && doc.tokens[k - 1].text == "(") continue;  // the definition itself
                const auto& def = cands[it->second];
                if (def.label.empty()) continue;
                Candidate u = def;
                u.begin = k;
                u.end = k + 1;
                u.sentence = static_cast<std::uint32_t>(s);
                if (def.kind == MentionKind::meeting && k > sent.token_begin &&
                    is_ordinal(doc.tokens[k - 1].text)) {
                    u.begin = k - 1;
                    u.label = doc.tokens[k - 1].text + " " + def.series;
                    u.alt_label.clear();
                }
                uses.push_back(std::move(u));
            }
        }
        // Other occurrences of the document's numbered series: "the first 2+2 dialogue" (an
        // ordinal and words of the series ending in its head word) or, when the document numbers
        // one series only, "the second edition". They take the series' participants.
        std::map<std::size_t, std::size_t> occurrence_of;  // index in `uses` -> defining cand
        std::set<std::string> numbered;
        for (const auto& c : cands)
            if (c.kind == MentionKind::meeting && c.pinned && !c.label.empty() &&
                std::isdigit(static_cast<unsigned char>(c.label[0])))
                numbered.insert(c.series);
        // Where the ordinals are (sentence, token, ordinal), found once: a long document may
        // number many series, and each looks only at these.
        struct OrdinalAt {
            std::size_t sentence, token;
            std::string ordinal;
        };
        std::vector<OrdinalAt> ordinals;
        if (!numbered.empty())
            for (std::size_t s = 0; s < doc.sentences.size(); ++s)
                for (std::size_t k = doc.sentences[s].token_begin;
                     k + 1 < doc.sentences[s].token_end; ++k)
                    if (auto ord = ordinal_of(doc.tokens[k].text))
                        ordinals.push_back({s, k, std::move(*ord)});
        for (std::size_t ci = 0; ci < cands.size(); ++ci) {
            const auto& def = cands[ci];
            if (def.kind != MentionKind::meeting || !def.pinned || !numbered.count(def.series) ||
                def.label.empty() || !std::isdigit(static_cast<unsigned char>(def.label[0])))
                continue;
            std::set<std::string> words;
            std::string head;
            for (const auto& t : tokenize(def.series))
                words.insert(head = text::to_lower_ascii(t.text));
            numbered.erase(def.series);  // one definition per series
            const bool only_series = occurrence_of.empty() && numbered.empty();
            std::size_t next_free = 0;  // a use ends before the next one may start
            for (const auto& at : ordinals) {
                const std::size_t s = at.sentence;
                const auto& sent = doc.sentences[s];
                const std::size_t k = at.token;
                const std::string& ord = at.ordinal;
                if (k < next_free || in_cand[k] || mention_at[k] >= 0 ||
                    def.label.compare(0, ord.size() + 1, ord + " ") == 0)
                    continue;
                std::size_t j = k + 1;
                std::string last;
                while (j < sent.token_end && j < k + 6 && !in_cand[j] &&
                       words.count(text::to_lower_ascii(doc.tokens[j].text)))
                    last = text::to_lower_ascii(doc.tokens[j++].text);
                // "the first meeting of <another body>" is not the series: two of its
                // words at least, and no "of" after them.
                const bool by_head =
                    j > k + 2 && last == head &&
                    (j >= sent.token_end || text::to_lower_ascii(doc.tokens[j].text) != "of");
                const bool by_edition =
                    !by_head && j == k + 1 && only_series &&
                    rules_.occurrence_words.count(text::to_lower_ascii(doc.tokens[j].text));
                if (!by_head && !by_edition) continue;
                Candidate u = def;
                u.begin = k;
                u.end = by_edition ? j + 1 : j;
                u.sentence = static_cast<std::uint32_t>(s);
                u.label = ord + " " + def.series;
                u.alt_label.clear();
                occurrence_of.emplace(uses.size(), ci);
                uses.push_back(std::move(u));
                next_free = j + 1;
            }
        }
        const std::size_t first_use = cands.size();
        cands.insert(cands.end(), uses.begin(), uses.end());
        // Gazetteer mentions inside a longer name give way to it ("Washington" in "Washington
        // Declaration"), except countries in a meeting's name: they are its participants
        // ("3rd Peru-Chile Dialogue").
        std::vector<bool> absorbed(doc.mentions.size(), false);
        std::vector<std::vector<std::size_t>> participants(cands.size());
        for (std::size_t ci = 0; ci < cands.size(); ++ci) {
            const auto& c = cands[ci];
            if (c.label.empty()) continue;
            for (std::size_t k = c.begin; k < c.end; ++k) {
                if (mention_at[k] < 0) continue;
                const auto m = static_cast<std::size_t>(mention_at[k]);
                if (c.kind == MentionKind::meeting &&
                    doc.mentions[m].kind == MentionKind::country) {
                    if (participants[ci].empty() || participants[ci].back() != m)
                        participants[ci].push_back(m);
                } else {
                    absorbed[m] = true;
                }
            }
        }
        for (const auto& [u, def] : occurrence_of) participants[first_use + u] = participants[def];
        std::vector<std::size_t> new_index(doc.mentions.size(), 0);
        for (std::size_t m = 0, n = 0; m < doc.mentions.size(); ++m)
            if (!absorbed[m]) new_index[m] = n++;
        std::vector<Mention> kept;
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            if (!absorbed[m]) kept.push_back(std::move(doc.mentions[m]));
        doc.mentions = std::move(kept);
        for (std::size_t ci = 0; ci < cands.size(); ++ci) {
            const auto& c = cands[ci];
            if (c.label.empty()) continue;
            Mention m;
            m.kind = c.kind;
            m.token_begin = c.begin;
            m.token_end = c.end;
            m.span = Span{doc.tokens[c.begin].span.begin, doc.tokens[c.end - 1].span.end};
            m.sentence = c.sentence;
            m.label = c.label;
            m.surface = join_tokens(doc, c.begin, c.end);
            m.rule = "pattern_ruler";
            m.alt_label = c.alt_label;
            doc.mentions.push_back(std::move(m));
            for (auto p : participants[ci])
                doc.relations.push_back({new_index[p], doc.mentions.size() - 1, "attended",
                                         doc.mentions.back().span, c.sentence, 0.8,
                                         "pattern_ruler"});
        }
    }

  private:
    // "April 26 Harbor Accord" may be the "Harbor Accord" and "5th Peru-Chile Reef Dialogue" the
    // "5th Reef Dialogue" named elsewhere in the corpus; name_reconciler decides.
    std::string alt_label(const Document& doc, const Candidate& c,
                          const std::vector<long>& mention_at) const {
        const auto& toks = doc.tokens;
        if (c.end - c.begin == 1) return {};
        if (c.kind == MentionKind::agreement && months_.count(toks[c.begin].text) &&
            is_number(toks[c.begin + 1].text) && c.end - c.begin - 2 >= rules_.min_tokens)
            return join_tokens(doc, c.begin + 2, c.end);
        if (c.kind != MentionKind::meeting) return {};
        const auto ord = ordinal_of(toks[c.begin].text);
        const bool ordinal = ord.has_value();
        std::size_t p = ordinal ? c.begin + 1 : c.begin;
        const std::size_t s0 = p;
        while (p < c.end) {
            const long m = p < mention_at.size() ? mention_at[p] : -1;
            if (m >= 0 && doc.mentions[m].kind == MentionKind::country)
                p = doc.mentions[m].token_end;
            else if (p > s0 && toks[p].text == "-")
                ++p;
            else
                break;
        }
        if (p == s0 || p + rules_.min_tokens > c.end || toks[p - 1].text == "-") return {};
        return (ordinal ? *ord + " " : std::string()) + join_tokens(doc, p, c.end);
    }

    // "3rd" as written, or "third" -> "3rd": the ordinal a meeting's name keeps.
    std::optional<std::string> ordinal_of(const std::string& t) const {
        if (is_ordinal(t)) return t;
        std::string lower = t;
        for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const auto it = rules_.ordinal_words.find(lower);
        if (it == rules_.ordinal_words.end()) return std::nullopt;
        const int n = it->second;
        const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                             : n % 10 == 1                    ? "st"
                             : n % 10 == 2                    ? "nd"
                             : n % 10 == 3                    ? "rd"
                                                              : "th";
        return std::to_string(n) + suffix;
    }

    std::optional<MentionKind> head_kind(const std::string& t) const {
        for (const auto& f : rules_.families)
            if (f.heads.count(t)) return f.kind;
        return std::nullopt;
    }

    // The one year the dates written in sentence s fall in ("On 10 July 2023"), or "" when the
    // sentence writes none or several. Relative dates ("on Monday") are the article's, skipped,
    // and so is a year another meeting's name took ("the Andes Summit in 2014").
    std::string sentence_year(const Document& doc, std::size_t s,
                              const std::vector<bool>& year_used) const {
        const auto& sent = doc.sentences[s];
        std::string found;
        for (const auto& d : find_dates(doc, sent.token_begin, sent.token_end, text_rules_, "")) {
            bool used = false;
            for (std::size_t k = d.token_begin; k < d.token_end; ++k) used = used || year_used[k];
            if (used) continue;
            const auto y = d.iso.substr(0, 4);
            if (!found.empty() && found != y) return {};
            found = y;
        }
        return found;
    }

    std::optional<Candidate> read_candidate(const Document& doc, std::size_t i, std::size_t end,
                                            const std::vector<long>& mention_at) const {
        const auto& toks = doc.tokens;
        const auto ord = ordinal_of(toks[i].text);
        const bool ordinal = ord.has_value();
        if (!ordinal && mention_at[i] < 0 &&
            (!is_capitalized(toks[i].text) || rules_.never_start.count(toks[i].text)))
            return std::nullopt;
        if (mention_at[i] >= 0 && doc.mentions[mention_at[i]].token_begin != i) return std::nullopt;
        std::optional<Candidate> best;
        std::size_t words = 0;
        std::size_t run_end = i;
        std::size_t k = ordinal ? i + 1 : i;
        while (k < end) {
            const long m = mention_at[k];
            if (m >= 0) {
                const auto& mm = doc.mentions[m];
                if (mm.kind != MentionKind::country && mm.kind != MentionKind::organization) break;
                k = mm.token_end;
                ++words;
                continue;
            }
            const auto& t = toks[k].text;
            const bool glued_hyphen = t == "-" && k > i && k + 1 < end &&
                                      toks[k].span.begin == toks[k - 1].span.end &&
                                      toks[k + 1].span.begin == toks[k].span.end;
            // "2+2" in "India-US 2+2 Ministerial Dialogue".
            const bool glued_plus = t == "+" && k > i && k + 1 < end &&
                                    toks[k].span.begin == toks[k - 1].span.end &&
                                    toks[k + 1].span.begin == toks[k].span.end &&
                                    is_number(toks[k - 1].text) && is_number(toks[k + 1].text);
            // "Defence Ministers' Meeting": a plural possessive glued to a name word.
            const bool glued_possessive = t == "'" && k > i && k + 1 < end && words > 0 &&
                                          toks[k].span.begin == toks[k - 1].span.end &&
                                          toks[k - 1].text.back() == 's' &&
                                          is_capitalized(toks[k + 1].text);
            if (glued_plus || glued_possessive) {
                ++k;
                continue;
            }
            // "... Dialogue on Monday", "... Summit in May": a day or month after a connector
            // is a date, not more of the name.
            const bool connector = rules_.connectors.count(t) && k + 1 < end &&
                                   is_capitalized(toks[k + 1].text) && words > 0 &&
                                   !rules_.never_start.count(toks[k + 1].text) &&
                                   !months_.count(toks[k + 1].text);
            // After an agreement's head only its subject ("Declaration on Security Cooperation")
            // or a longer name ("... Strategy and Consultation Group") may follow; "in Perth" is
            // where it was signed.
            if (connector && best && best->kind == MentionKind::agreement &&
                !rules_.complement_connectors.count(t) && t != "and" && t != "the")
                break;
            if (glued_hyphen || connector) {
                ++k;
                continue;
            }
            if (!(is_capitalized(t) || (is_number(t) && words > 0) ||
                  (is_number(t) && k == i && k + 1 < end)))
                break;
            ++words;
            ++k;
            run_end = k;
            // A one-word head with a subject ("Memorandum of Understanding on ...") is a name
            // only if that subject follows.
            const auto kind = head_kind(t);
            const bool with_subject = kind == MentionKind::agreement && k < end &&
                                      rules_.complement_connectors.count(toks[k].text);
            if (kind && (words >= rules_.min_tokens || with_subject)) {
                Candidate c;
                c.begin = i;
                c.end = k;
                c.kind = *kind;
                c.series = join_tokens(doc, ordinal ? i + 1 : i, k);
                if (ordinal) {
                    c.label = *ord + " " + c.series;
                    c.pinned = true;
                }
                c.needs_subject = words < rules_.min_tokens;
                best = std::move(c);
            }
        }
        // An agreement's subject after a complement connector is part of its name.
        if (best && best->kind == MentionKind::agreement && run_end > best->end &&
            rules_.complement_connectors.count(toks[best->end].text)) {
            best->end = run_end;
            best->series = join_tokens(doc, best->begin, run_end);
            best->needs_subject = false;
        }
        if (best && best->needs_subject) return std::nullopt;
        // "third" numbers meetings ("the third India-US Dialogue"); before other names ("the
        // first Lima Accord") it is ordinary English, and the name starts after it.
        if (best && ordinal && !is_ordinal(toks[i].text) && best->kind != MentionKind::meeting)
            return std::nullopt;
        // A run going on past its last head is a longer name of another kind ("Combined Command
        // Post Training" is an exercise); only a year may follow the head.
        if (best && run_end > best->end &&
            !(run_end == best->end + 1 && is_number(toks[best->end].text) &&
              toks[best->end].text.size() == 4))
            return std::nullopt;
        return best;
    }

    const PhraseRules& rules_;
    const TextRules& text_rules_;
    const WordMap<int>& months_;
};

}  // namespace

std::unique_ptr<Component> make_pattern_ruler(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    return std::make_unique<PatternRuler>(ctx.lexicon);
}

}  // namespace kg::extract
