// Meetings that the text describes rather than names: "the May 21 South Korea-US summit", "a
// trilateral defence ministers' meeting", "their summit in Gyeongju on Wednesday", and "Lee will
// meet Defense Secretary Austin on Friday". The name is built as the annotation guide asks: the
// participants joined by hyphens, the kind, and the date the text gives at its precision
// ("Chile-Peru Defense Ministerial Talks 2024-03-08"). Participants are the countries written in
// the phrase, else the countries of the office holders the sentence names, else (for a bilateral
// or trilateral kind) the countries the sentence and the one before it name. A bare phrase
// ("their talks") or a "meets" verb in a sentence that names a meeting, and an "annual" phrase
// in an article about a numbered meeting, are that named meeting and give nothing new. All words
// come from the component's config in pipeline.json.
#include <algorithm>
#include <map>
#include <set>

#include "extract/components/components.hpp"
#include "extract/date_expr.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace {

using Words = WordSet;
using WordMap = std::map<std::string, std::string, std::less<>>;

struct MeetingRules {
    WordMap heads;                ///< "talks" -> "Talks"
    WordMap kinds;                ///< "defence" -> "Defence", "ministerial" -> "Ministerial"
    Words fillers;                ///< words inside the phrase that do not change the kind
    Words series_words;           ///< "annual": a phrase for a recurring series
    Words meet_verbs;             ///< "meet", "met"
    Words hold_verbs;             ///< "held" in "held talks with"
    WordMap post_kinds;           ///< "Minister of Defense" -> "Defense Ministerial"
    WordMap short_names;          ///< "United States" -> "US" inside meeting names
    std::size_t max_parties = 4;  ///< more states than this compose no meeting name
    WordMap role_nouns;           ///< "chiefs" -> "Ministerial", "leaders" -> "Summit"
    Words aux_words;              ///< "will", "to" between a group subject and its meet verb
    Words sideline_words;         ///< "sidelines": a meeting held beside the named one
    Words between_words;          ///< "between", "among": the participants of a "meeting of" body
    WordMap spellings;      ///< "Defense" -> "Defence": the form a document that prefers it gets
    WordMap name_variants;  ///< "Ministerial" -> "Ministers'": another way to write the kind
    Words formats;          ///< "2+2": a meeting format written before the head word
    std::size_t max_phrase = 8;
};

struct Holder {
    std::string country, kind;
    double confidence = 0;  ///< of the holds-office the post comes from
};

// Per-document lookups built once, so each meeting costs its sentence, not the whole document.
struct DocIndex {
    std::vector<std::vector<std::size_t>> by_sentence;  ///< mentions per sentence, text order
    std::map<std::string, std::size_t> country;         ///< first mention of each country
    std::map<std::string, std::size_t> person;          ///< first mention of each person
    WordMap respell;  ///< the spellings the document prefers ("Defense" -> "Defence")
};

class MeetingRuler final : public Component {
  public:
    MeetingRuler(const Lexicon& lx, MeetingRules rules) : lx_(lx), r_(std::move(rules)) {}
    std::string_view name() const noexcept override { return "meeting_ruler"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences", "doc.mentions", "doc.relations"},
                {"doc.mentions", "doc.relations"}};
    }

    void operator()(Document& doc) const override {
        const std::size_t n = doc.mentions.size();
        std::vector<long> mention_at(doc.tokens.size(), -1);
        DocIndex ix;
        auto& by_sentence = ix.by_sentence;
        by_sentence.resize(doc.sentences.size());
        bool numbered_meeting = false;
        for (std::size_t m = 0; m < n; ++m) {
            const auto& mm = doc.mentions[m];
            for (std::size_t k = mm.token_begin; k < mm.token_end && k < mention_at.size(); ++k)
                mention_at[k] = static_cast<long>(m);
            if (mm.sentence < by_sentence.size()) by_sentence[mm.sentence].push_back(m);
            if (mm.kind == MentionKind::country) ix.country.try_emplace(mm.label, m);
            if (mm.kind == MentionKind::person) ix.person.try_emplace(mm.label, m);
            if (mm.kind == MentionKind::meeting && !mm.label.empty() &&
                std::isdigit(static_cast<unsigned char>(mm.label[0])))
                numbered_meeting = true;
        }
        // Components append mentions in their own order: walk each sentence in text order.
        for (auto& ms : by_sentence)
            std::stable_sort(ms.begin(), ms.end(), [&](std::size_t x, std::size_t y) {
                return doc.mentions[x].token_begin < doc.mentions[y].token_begin;
            });
        ix.respell = preferred_spellings(doc);
        const auto holders = office_holders(doc);
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            bool named = false;
            for (auto m : by_sentence[s])
                named = named || doc.mentions[m].kind == MentionKind::meeting;
            phrases(doc, s, mention_at, ix, holders, numbered_meeting, named);
            const auto beside = sideline_meeting(doc, s, ix);
            // "A met B" in a sentence naming a meeting is that meeting, unless they met on its
            // sidelines.
            if (!named || beside) meets(doc, s, ix, holders, beside);
            group_meets(doc, s, mention_at, ix, holders, numbered_meeting, named, beside);
        }
        merge_body_meetings(doc, n);
        merge_dates(doc, n);
        date_aliases(doc, n);
        for (std::size_t i = n; i < doc.mentions.size(); ++i) {
            doc.mentions[i].attrs.erase("body");
            doc.mentions[i].attrs.erase("kind");
            doc.mentions[i].attrs.erase("name");
        }
    }

  private:
    // "AUKUS defence ministers meet in London" (a headline) and "the defence ministers of
    // Australia, the UK and the US met in London on Thursday" are one meeting: a body's meeting
    // and the one meeting of the same kind, venue and a compatible date that countries hold. It
    // takes the body's name; the countries' name stays an alias.
    static void merge_body_meetings(Document& doc, std::size_t first) {
        // Attributes a meeting may lack (an undated one has no "date") read as empty.
        const auto attr = [](const Mention& m, const char* key) {
            const auto it = m.attrs.find(key);
            return it == m.attrs.end() ? std::string() : it->second;
        };
        const auto venue = [&](std::size_t m) {
            for (const auto& r : doc.relations)
                if (r.head == m && r.type == "held-in") return doc.mentions[r.tail].label;
            return std::string();
        };
        const auto compatible = [](const std::string& a, const std::string& b) {
            const auto& shorter = a.size() < b.size() ? a : b;
            const auto& longer = a.size() < b.size() ? b : a;
            return longer.compare(0, shorter.size(), shorter) == 0;
        };
        for (std::size_t b = first; b < doc.mentions.size(); ++b) {
            const auto& bm = doc.mentions[b];
            if (bm.kind != MentionKind::meeting || !bm.attrs.count("body")) continue;
            const auto where = venue(b);
            if (where.empty() || attr(bm, "date").empty()) continue;
            std::optional<std::size_t> match;
            std::size_t matches = 0;
            for (std::size_t c = first; c < doc.mentions.size(); ++c) {
                const auto& cm = doc.mentions[c];
                if (c == b || cm.kind != MentionKind::meeting || cm.attrs.count("body") ||
                    attr(cm, "kind").empty() || attr(cm, "kind") != attr(bm, "kind") ||
                    attr(cm, "date").empty() || !compatible(attr(cm, "date"), attr(bm, "date")) ||
                    venue(c) != where)
                    continue;
                if (!match || cm.label != doc.mentions[*match].label) ++matches;
                match = c;
            }
            if (matches != 1) continue;
            const std::string name = attr(bm, "name"), kind = attr(bm, "kind");
            for (std::size_t c = first; c < doc.mentions.size(); ++c) {
                auto& cm = doc.mentions[c];
                if (cm.kind != MentionKind::meeting || cm.label != doc.mentions[*match].label)
                    continue;
                std::string stems = attr(bm, "alias_stems");
                stems += (stems.empty() ? "" : "|") + attr(cm, "name") + " " + kind;
                if (cm.attrs.count("alias_stems")) stems += "|" + attr(cm, "alias_stems");
                cm.attrs["alias_stems"] = stems;
                cm.label = name + " " + kind + " " + attr(cm, "date");
            }
        }
    }

    // A described meeting has no fixed name: "the India-US defence ministers' talks" and "the
    // US-India Defense Ministerial Talks" are one. A document that writes "defence" more often
    // than "defense" gets its own spelling in the names it is given.
    WordMap preferred_spellings(const Document& doc) const {
        WordMap out;
        for (const auto& [us, uk] : r_.spellings) {
            const auto lus = text::to_lower_ascii(us), luk = text::to_lower_ascii(uk);
            std::size_t n_us = 0, n_uk = 0;
            for (const auto& t : doc.tokens) {
                const auto w = text::to_lower_ascii(t.text);
                n_us += w == lus;
                n_uk += w == luk;
            }
            if (n_uk > n_us) out.emplace(us, uk);
        }
        return out;
    }

    // The other names of a described meeting: its participants in alphabetical order and its
    // kind in its other written form, each with the meeting's (final) date.
    static void date_aliases(Document& doc, std::size_t first) {
        for (std::size_t i = first; i < doc.mentions.size(); ++i) {
            auto& m = doc.mentions[i];
            const auto it = m.attrs.find("alias_stems");
            if (m.kind != MentionKind::meeting || it == m.attrs.end()) continue;
            const auto date = m.attrs.count("date") ? " " + m.attrs.at("date") : std::string();
            std::string aliases;
            std::size_t from = 0;
            while (from <= it->second.size()) {
                auto bar = it->second.find('|', from);
                if (bar == std::string::npos) bar = it->second.size();
                const auto alias = it->second.substr(from, bar - from) + date;
                if (bar > from && alias != m.label) aliases += (aliases.empty() ? "" : "|") + alias;
                from = bar + 1;
            }
            m.attrs.erase(it);
            if (!aliases.empty()) m.attrs["aliases"] = aliases;
        }
    }

    // "the summit last week" (2025-10) and "the summit on Wednesday" (2025-10-29) in one article
    // are one meeting: a label whose date is a prefix of another's takes the precise one.
    static void merge_dates(Document& doc, std::size_t first) {
        for (std::size_t i = first; i < doc.mentions.size(); ++i) {
            auto& m = doc.mentions[i];
            if (m.kind != MentionKind::meeting || !m.attrs.count("date")) continue;
            const auto& date = m.attrs.at("date");
            const auto stem = m.label.substr(0, m.label.size() - date.size());
            for (std::size_t j = first; j < doc.mentions.size(); ++j) {
                const auto& o = doc.mentions[j];
                if (j == i || o.kind != MentionKind::meeting || !o.attrs.count("date")) continue;
                const auto& od = o.attrs.at("date");
                if (od.size() > date.size() && od.compare(0, date.size(), date) == 0 &&
                    o.label == stem + od) {
                    m.label = o.label;
                    m.attrs["date"] = od;
                    break;
                }
            }
        }
    }

    // Person label -> the country and kind of the post the document gives them; a post whose
    // country the text writes beats one guessed from the article's home country.
    std::map<std::string, Holder> office_holders(const Document& doc) const {
        std::map<std::string, std::pair<double, Holder>> best;
        for (const auto& r : doc.relations) {
            if (r.type != "holds-office") continue;
            const auto& office = doc.mentions[r.tail];
            const auto kind = r_.post_kinds.find(office.post);
            Holder h{office.country, kind == r_.post_kinds.end() ? "" : kind->second, r.confidence};
            auto [it, fresh] = best.try_emplace(doc.mentions[r.head].label, r.confidence, h);
            // Of two posts as sure, the one that says what meetings its holder chairs
            // ("Deputy Prime Minister and Minister for Defence": the defence one).
            if (!fresh && (r.confidence > it->second.first ||
                           (r.confidence == it->second.first && it->second.second.kind.empty() &&
                            !h.kind.empty())))
                it->second = {r.confidence, h};
        }
        std::map<std::string, Holder> out;
        for (auto& [label, ch] : best) out.emplace(label, std::move(ch.second));
        return out;
    }

    // "the May 21 South Korea-US summit", "a trilateral defence ministers' meeting".
    void phrases(Document& doc, std::size_t s, const std::vector<long>& mention_at, DocIndex& ix,
                 const std::map<std::string, Holder>& holders, bool numbered_meeting,
                 bool named) const {
        const auto& sent = doc.sentences[s];
        for (std::size_t h = sent.token_begin; h < sent.token_end; ++h) {
            const auto head = r_.heads.find(text::to_lower_ascii(doc.tokens[h].text));
            if (head == r_.heads.end() || mention_at[h] >= 0) continue;
            if (meeting_of_body(doc, s, h, head->second, mention_at, ix)) continue;
            // Walk left over the phrase: countries, kind words, fillers, a date.
            std::vector<std::size_t> countries;
            std::vector<std::string> kind_words;
            bool series = false;
            std::size_t begin = h;
            std::string format;   // "2+2": a meeting format of two ministers a side
            std::string ordinal;  // "tenth" -> "10th", kept with a format only
            while (begin > sent.token_begin && h - begin < r_.max_phrase) {
                const std::size_t k = begin - 1;
                const long m = mention_at[k];
                const auto word = text::to_lower_ascii(doc.tokens[k].text);
                if (k >= sent.token_begin + 2 && format.empty() && doc.tokens[k - 1].text == "+" &&
                    r_.formats.count(doc.tokens[k - 2].text + "+" + doc.tokens[k].text)) {
                    format = doc.tokens[k - 2].text + "+" + doc.tokens[k].text;
                    begin = k - 2;
                    continue;
                }
                if (const auto ord = ordinal_of(doc.tokens[k].text);
                    ord && !format.empty() && ordinal.empty() && m < 0) {
                    ordinal = *ord;
                    begin = k;
                    continue;
                }
                if (m >= 0 && doc.mentions[m].kind == MentionKind::country) {
                    countries.push_back(static_cast<std::size_t>(m));
                    begin = doc.mentions[m].token_begin;
                } else if (m < 0 && r_.kinds.count(word)) {
                    kind_words.push_back(r_.kinds.at(word));
                    begin = k;
                } else if (m < 0 &&
                           (r_.fillers.count(word) || word == "-" ||
                            lx_.rules().months.count(doc.tokens[k].text) || is_number(word))) {
                    series = series || r_.series_words.count(word);
                    begin = k;
                } else {
                    break;
                }
            }
            if (series && numbered_meeting) continue;
            // "their first talks" beside a named meeting is that meeting; a phrase that says who
            // or what kind ("the Chile-Peru summit", "a trilateral meeting") is another.
            if (named && countries.empty() && kind_words.empty()) continue;
            std::reverse(countries.begin(), countries.end());
            std::reverse(kind_words.begin(), kind_words.end());
            std::vector<std::string> participants;
            for (auto c : countries) add_unique(participants, doc.mentions[c].label);
            std::vector<std::size_t> chairs;
            std::string kind = kind_of(kind_words, head->second);
            // "a short bilateral meeting" says no subject: the sentence's office holders, all
            // of one kind of post, say it ("Defense Ministerial Meeting").
            const bool lateral = std::count(kind_words.begin(), kind_words.end(), "Bilateral") ||
                                 std::count(kind_words.begin(), kind_words.end(), "Trilateral");
            if (kind == head->second && lateral && head->second != "Summit") {
                std::set<std::string> held;
                for (auto m : ix.by_sentence[s])
                    if (const auto it = holders.find(doc.mentions[m].label);
                        doc.mentions[m].kind == MentionKind::person && it != holders.end() &&
                        !it->second.country.empty())
                        held.insert(it->second.kind);
                if (held.size() == 1 && !held.begin()->empty() && *held.begin() != "Summit")
                    kind = *held.begin() + " " + head->second;
            }
            for (auto m : ix.by_sentence[s]) {
                const auto& mm = doc.mentions[m];
                if (mm.kind != MentionKind::person) continue;
                const auto it = holders.find(mm.label);
                if (it == holders.end() || it->second.country.empty()) continue;
                if (!kind_fits(it->second.kind, canonical(kind), head->second)) continue;
                if (!countries.empty() && std::find(participants.begin(), participants.end(),
                                                    it->second.country) == participants.end())
                    continue;
                chairs.push_back(m);
            }
            if (countries.empty()) {
                for (auto m : chairs)
                    add_unique(participants, holders.at(doc.mentions[m].label).country);
                const bool bilateral =
                    std::count(kind_words.begin(), kind_words.end(), "Bilateral") ||
                    !format.empty();
                const std::size_t wanted =
                    std::count(kind_words.begin(), kind_words.end(), "Trilateral") ? 3
                    : bilateral                                                    ? 2
                                                                                   : 0;
                if (wanted && participants.size() < wanted)
                    participants = sentence_countries(doc, s, ix.by_sentence);
                if (wanted && participants.size() != wanted) continue;
            }
            if (participants.size() < 2) continue;
            std::size_t end = h + 1;
            const auto date = pick_date(doc, s, begin, end);
            add_meeting(doc, s, begin, end, participants,
                        format.empty() ? kind : format + " " + kind, date, chairs, ix, std::nullopt,
                        ordinal);
        }
    }

    // "The last meeting of the EDSCG between Chilean and Peruvian officials was held in January
    // 2018": a dated meeting of a named body, which discussed that body and which the countries
    // after "between" attended. Undated, it pins nothing down and gives no meeting.
    bool meeting_of_body(Document& doc, std::size_t s, std::size_t h, const std::string& head,
                         const std::vector<long>& mention_at, DocIndex& ix) const {
        const auto& sent = doc.sentences[s];
        std::size_t k = h + 1;
        if (k >= sent.token_end || text::to_lower_ascii(doc.tokens[k].text) != "of") return false;
        ++k;
        if (k < sent.token_end && text::to_lower_ascii(doc.tokens[k].text) == "the") ++k;
        if (k >= sent.token_end || mention_at[k] < 0) return false;
        const auto body = static_cast<std::size_t>(mention_at[k]);
        if (doc.mentions[body].kind != MentionKind::organization ||
            doc.mentions[body].token_begin != k)
            return false;
        const auto found =
            find_dates(doc, sent.token_begin, sent.token_end, lx_.rules(), doc.info.date);
        if (found.empty()) return false;
        const DateExpr* date = &found.front();
        for (const auto& d : found)
            if (d.token_begin > h) {
                date = &d;
                break;
            }
        std::vector<std::string> participants;
        for (std::size_t t = doc.mentions[body].token_end; t < sent.token_end; ++t) {
            if (!r_.between_words.count(text::to_lower_ascii(doc.tokens[t].text))) continue;
            for (auto m : ix.by_sentence[s]) {
                const auto& mm = doc.mentions[m];
                if (mm.kind == MentionKind::country && mm.token_begin > t && mm.token_begin < t + 8)
                    add_unique(participants, mm.label);
            }
            break;
        }
        Mention m;
        m.kind = MentionKind::meeting;
        m.token_begin = h;
        m.token_end = doc.mentions[body].token_end;
        m.span = Span{doc.tokens[h].span.begin, doc.tokens[m.token_end - 1].span.end};
        m.sentence = static_cast<std::uint32_t>(s);
        m.label = doc.mentions[body].label + " " + head + " " + date->iso;
        m.rule = "meeting_ruler";
        m.attrs["date"] = date->iso;
        doc.mentions.push_back(std::move(m));
        const std::size_t meeting = doc.mentions.size() - 1;
        const Span ev = sent.span;
        const auto rel = [&](std::size_t a, std::size_t b, const char* type) {
            doc.relations.push_back(
                {a, b, type, ev, static_cast<std::uint32_t>(s), 0.7, "meeting_ruler"});
        };
        rel(meeting, body, "discussed");
        for (const auto& p : participants)
            rel(country_mention(doc, ix, p, meeting), meeting, "attended");
        return true;
    }

    // "The defense chiefs met on June 11 in Singapore", "the foreign ministers of Chile and Peru
    // will meet next week": a group subject whose role says the kind. The countries are those the
    // subject names, else those of the document's holders of posts of that kind; they co-chair.
    // Beside a named meeting the group met "on the sidelines" of it (and so attended it); an
    // undated "will meet" in an article about a numbered meeting is that meeting.
    // The named meeting of sentence s that a sideline word stands just before ("on the sidelines
    // of the 5th Reef Forum"): other meetings of the sentence were held beside it.
    std::optional<std::size_t> sideline_meeting(const Document& doc, std::size_t s,
                                                const DocIndex& ix) const {
        const auto& sent = doc.sentences[s];
        std::optional<std::size_t> sideline_of;
        for (auto m : ix.by_sentence[s]) {
            const auto& mm = doc.mentions[m];
            if (mm.kind != MentionKind::meeting || mm.token_begin < 2) continue;
            for (std::size_t k = mm.token_begin - 1; k + 4 > mm.token_begin && k > sent.token_begin;
                 --k)
                if (r_.sideline_words.count(text::to_lower_ascii(doc.tokens[k].text)))
                    sideline_of = m;
        }
        return sideline_of;
    }

    void group_meets(Document& doc, std::size_t s, const std::vector<long>& mention_at,
                     DocIndex& ix, const std::map<std::string, Holder>& holders,
                     bool numbered_meeting, bool named,
                     std::optional<std::size_t> sideline_of) const {
        const auto& sent = doc.sentences[s];
        const auto word = [&](std::size_t k) { return text::to_lower_ascii(doc.tokens[k].text); };
        const auto country_at = [&](std::size_t k) -> long {
            const long m = mention_at[k];
            return m >= 0 && doc.mentions[m].kind == MentionKind::country ? m : -1;
        };
        if (named && !sideline_of) return;
        for (std::size_t v = sent.token_begin + 1; v < sent.token_end; ++v) {
            if (!r_.meet_verbs.count(word(v)) || mention_at[v] >= 0) continue;
            std::size_t k = v;
            while (k > sent.token_begin && r_.aux_words.count(word(k - 1))) --k;
            // "the defence ministers of A and B, Jane Roe and Ana Soto, met": past the names.
            if (k > sent.token_begin && word(k - 1) == ",") {
                std::size_t j = k - 1;
                bool named_people = false;
                while (j > sent.token_begin) {
                    const long m = mention_at[j - 1];
                    if (m >= 0 && doc.mentions[m].kind == MentionKind::person) {
                        named_people = true;
                        j = doc.mentions[m].token_begin;
                    } else if (word(j - 1) == "," || word(j - 1) == "and") {
                        --j;
                    } else {
                        break;
                    }
                }
                if (named_people) k = j;
            }
            std::vector<std::string> countries;
            // "of Chile and Peru" after the role noun.
            if (k > sent.token_begin && country_at(k - 1) >= 0) {
                std::vector<std::string> of;
                while (k > sent.token_begin) {
                    const long c = country_at(k - 1);
                    const auto w = word(k - 1);
                    if (c >= 0) {
                        of.push_back(doc.mentions[c].label);
                        k = doc.mentions[c].token_begin;
                    } else if (w == "and" || w == "," || w == "the") {
                        --k;
                    } else {
                        break;
                    }
                }
                if (k == sent.token_begin || word(k - 1) != "of") continue;
                --k;
                countries.assign(of.rbegin(), of.rend());
            }
            if (k == sent.token_begin) continue;
            const auto role = r_.role_nouns.find(word(k - 1));
            if (role == r_.role_nouns.end()) continue;
            std::size_t begin = k - 1;
            std::vector<std::string> kind_words, before;
            std::optional<std::size_t> body;  // "the AUKUS defence ministers met"
            while (begin > sent.token_begin) {
                const std::size_t j = begin - 1;
                const long c = country_at(j);
                const auto w = word(j);
                if (c >= 0) {
                    before.push_back(doc.mentions[c].label);
                    begin = doc.mentions[c].token_begin;
                } else if (mention_at[j] >= 0 && !body && before.empty() &&
                           doc.mentions[mention_at[j]].kind == MentionKind::organization &&
                           doc.mentions[mention_at[j]].token_end == begin) {
                    body = static_cast<std::size_t>(mention_at[j]);
                    begin = doc.mentions[*body].token_begin;
                } else if (mention_at[j] < 0 && r_.kinds.count(w)) {
                    kind_words.push_back(r_.kinds.at(w));
                    begin = j;
                } else if (mention_at[j] < 0 &&
                           (r_.fillers.count(w) || w == "two" || w == "both")) {
                    begin = j;
                } else {
                    break;
                }
            }
            for (auto it = before.rbegin(); it != before.rend(); ++it) add_unique(countries, *it);
            std::string kind;
            if (role->second == "Summit") {
                kind = "Summit";
            } else {
                for (auto it = kind_words.rbegin(); it != kind_words.rend(); ++it)
                    if (*it != "Bilateral" && *it != "Trilateral" && *it != role->second)
                        kind += *it + " ";
                if (kind.empty()) continue;  // "the ministers met": of what, the text does not say
                kind += role->second + " Talks";
            }
            const std::string post_kind =
                role->second == "Summit" ? "Summit" : kind.substr(0, kind.size() - 6);
            if (body) {
                // A body's ministers hold a meeting of the body, which it discussed; they are
                // its members, not its chairs.
                if (kind == "Summit" || !countries.empty()) continue;
                kind = post_kind + " Meeting";
                const auto date = pick_date(doc, s, v, v + 1);
                if (numbered_meeting && date.size() < 10) continue;
                const std::string name = doc.mentions[*body].surface.empty()
                                             ? doc.mentions[*body].label
                                             : doc.mentions[*body].surface;
                add_meeting(doc, s, begin, v + 1, {name}, kind, date, {}, ix, *body);
                return;
            }
            // The holders of posts of this kind, one per country.
            std::map<std::string, std::vector<std::string>> by_country;
            for (const auto& [person, hd] : holders)
                if (hd.kind == canonical(post_kind) && !hd.country.empty() &&
                    ix.person.count(person))
                    by_country[hd.country].push_back(person);
            if (countries.empty())
                for (const auto& [country, people] : by_country) countries.push_back(country);
            if (countries.size() < 2) continue;
            // Three or more parties hold a meeting rather than talks.
            if (countries.size() > 2 && kind.ends_with(" Talks")) kind = post_kind + " Meeting";
            const auto date = pick_date(doc, s, v, v + 1);
            if (numbered_meeting && date.size() < 10 && !sideline_of) continue;
            // A country's chair is its one holder of such a post, or the one the text names
            // surely over those only inferred ("A replaced B": B held it before).
            std::vector<std::size_t> chairs;
            for (const auto& c : countries) {
                const auto it = by_country.find(c);
                if (it == by_country.end()) continue;
                std::vector<std::string> sure;
                for (const auto& p : it->second)
                    if (holders.at(p).confidence >= 1.0) sure.push_back(p);
                if (it->second.size() == 1)
                    chairs.push_back(ix.person.at(it->second.front()));
                else if (sure.size() == 1)
                    chairs.push_back(ix.person.at(sure.front()));
            }
            add_meeting(doc, s, begin, v + 1, countries, kind, date, chairs, ix);
            if (sideline_of)
                for (auto c : chairs)
                    doc.relations.push_back({c, *sideline_of, "attended", sent.span,
                                             static_cast<std::uint32_t>(s), 0.7, "meeting_ruler"});
            return;
        }
    }

    // "A will meet B on Friday", "A and B met in Lima", "A held talks with B": bilateral talks
    // of two office holders of different countries; on the sidelines of a named meeting, both
    // attended that one too.
    void meets(Document& doc, std::size_t s, DocIndex& ix,
               const std::map<std::string, Holder>& holders,
               std::optional<std::size_t> sideline_of) const {
        const auto& ms = ix.by_sentence[s];
        const auto& toks = doc.tokens;
        const std::size_t end = doc.sentences[s].token_end;
        const auto word = [&](std::size_t k) { return text::to_lower_ascii(toks[k].text); };
        const auto held = [&](const Mention& m) { return holders.count(m.label) > 0; };
        // The trigger after `from`: a meet verb within four tokens, or a head word ("talks", "a
        // short bilateral meeting") within six after a hold verb, which then names the kind.
        std::string head_kind;
        const auto trigger = [&](std::size_t from) -> std::optional<std::size_t> {
            head_kind.clear();
            for (std::size_t v = from; v < from + 6 && v < end; ++v) {
                if (v < from + 4 && r_.meet_verbs.count(word(v))) return v;
                if (const auto head = r_.heads.find(word(v)); head != r_.heads.end())
                    for (std::size_t h = from; h < v; ++h)
                        if (r_.hold_verbs.count(word(h))) {
                            head_kind = head->second;
                            return v;
                        }
            }
            return std::nullopt;
        };
        for (std::size_t i = 0; i < ms.size(); ++i) {
            const auto& a = doc.mentions[ms[i]];
            if (a.kind != MentionKind::person || !held(a)) continue;
            std::optional<std::size_t> other;
            std::size_t verb_from = a.token_end;
            // "A and B met"
            if (i + 1 < ms.size() && a.token_end + 1 < end && word(a.token_end) == "and" &&
                doc.mentions[ms[i + 1]].token_begin == a.token_end + 1 &&
                doc.mentions[ms[i + 1]].kind == MentionKind::person &&
                held(doc.mentions[ms[i + 1]])) {
                other = ms[i + 1];
                verb_from = doc.mentions[ms[i + 1]].token_end;
            }
            // "A, the Peruvian Defense Minister, held talks with B": past the apposition.
            if (!other && verb_from < end && toks[verb_from].text == ",")
                for (std::size_t c = verb_from + 1; c < end && c < verb_from + 16; ++c)
                    if (toks[c].text == ",") {
                        verb_from = c + 1;
                        break;
                    }
            const auto v = trigger(verb_from);
            if (!v) continue;
            if (!other)
                for (std::size_t j = i + 1; j < ms.size(); ++j) {
                    const auto& b = doc.mentions[ms[j]];
                    if (b.token_begin <= *v) continue;
                    if (b.token_begin > *v + 8) break;
                    if (b.kind == MentionKind::person && held(b)) {
                        other = ms[j];
                        break;
                    }
                }
            if (!other) continue;
            const auto& ha = holders.at(a.label);
            const auto& hb = holders.at(doc.mentions[*other].label);
            if (ha.country.empty() || hb.country.empty() || ha.country == hb.country) continue;
            // A minister who meets a head of government pays a call; it is no meeting of peers.
            if ((ha.kind == "Summit") != (hb.kind == "Summit") && !ha.kind.empty() &&
                !hb.kind.empty())
                continue;
            // "held talks" and "met" are Talks; "held a meeting" keeps the head it wrote.
            const std::string head =
                head_kind.empty() || head_kind == "Summit" ? "Talks" : head_kind;
            const std::string kind = ha.kind == hb.kind && !ha.kind.empty()
                                         ? (ha.kind == "Summit" ? "Summit" : ha.kind + " " + head)
                                         : head;
            const auto date =
                pick_date(doc, s, *v, std::max(*v + 1, doc.mentions[*other].token_end));
            add_meeting(doc, s, *v, *v + 1, {ha.country, hb.country}, kind, date, {ms[i], *other},
                        ix);
            if (sideline_of)
                for (auto c : {ms[i], *other})
                    doc.relations.push_back({c, *sideline_of, "attended", doc.sentences[s].span,
                                             static_cast<std::uint32_t>(s), 0.7, "meeting_ruler"});
            i = std::max(
                i, static_cast<std::size_t>(std::find(ms.begin(), ms.end(), *other) - ms.begin()));
        }
    }

    std::string kind_of(const std::vector<std::string>& words, const std::string& head) const {
        if (head == "Summit") return head;
        std::string out;
        for (const auto& w : words) {
            if (w == "Bilateral" || out.find(w) != std::string::npos) continue;
            out += w + " ";
        }
        return out + head;
    }

    // A summit is chaired by heads of state or government, ministerial talks by the ministers.
    static bool kind_fits(const std::string& holder_kind, const std::string& kind,
                          const std::string& head) {
        if (holder_kind.empty()) return false;
        if (head == "Summit") return holder_kind == "Summit";
        return holder_kind != "Summit" &&
               kind.find(holder_kind.substr(0, holder_kind.find(' '))) != std::string::npos;
    }

    std::vector<std::string> sentence_countries(
        const Document& doc, std::size_t s,
        const std::vector<std::vector<std::size_t>>& by_sentence) const {
        std::vector<std::string> out;
        for (std::size_t t = s == 0 ? 0 : s - 1; t <= s; ++t)
            for (auto m : by_sentence[t]) {
                const auto& mm = doc.mentions[m];
                if (mm.kind != MentionKind::country) continue;
                // "held in Singapore": the venue is not a participant.
                if (mm.token_begin > 0 &&
                    text::to_lower_ascii(doc.tokens[mm.token_begin - 1].text) == "in")
                    continue;
                add_unique(out, mm.label);
            }
        return out;
    }

    // The date written in the phrase, else the nearest after it in the sentence, else before;
    // with none, the document's month for a meeting ahead and its year for one past.
    std::string pick_date(const Document& doc, std::size_t s, std::size_t begin,
                          std::size_t end) const {
        const auto& sent = doc.sentences[s];
        const auto found =
            find_dates(doc, sent.token_begin, sent.token_end, lx_.rules(), doc.info.date);
        const DateExpr* best = nullptr;
        long best_score = 0;
        for (const auto& d : found) {
            long score;
            if (d.token_begin >= begin && d.token_end <= end)
                score = 0;
            else if (d.token_end <= begin && d.token_end + 1 >= begin)
                score = 1;  // "today held talks", "on Friday met": the verb's own date
            else if (d.token_begin >= end)
                score = static_cast<long>(d.token_begin - end) + 1;
            else
                score = static_cast<long>(begin - d.token_end) + 1000;
            if (!best || score < best_score) best = &d, best_score = score;
        }
        if (best) return best->iso;
        const auto& date = doc.info.date;
        if (date.size() < 7) return date.substr(0, 4);
        bool future = false;
        for (std::size_t k = sent.token_begin; k < sent.token_end; ++k)
            future = future || lx_.rules().future_cues.count(doc.tokens[k].text);
        return future ? date.substr(0, 7) : date.substr(0, 4);
    }

    // `body`: the meeting is the body's own, named after it (`participants` holds that name);
    // it discussed the body and no country attends it for it.
    void add_meeting(Document& doc, std::size_t s, std::size_t begin, std::size_t end,
                     const std::vector<std::string>& participants, const std::string& kind,
                     const std::string& date, const std::vector<std::size_t>& chairs, DocIndex& ix,
                     std::optional<std::size_t> body = std::nullopt,
                     const std::string& ordinal = "") const {
        // A gathering of many states has a name of its own; "A-B-C-D-E Summit" is nobody's.
        if (!body && participants.size() > r_.max_parties) return;
        std::vector<std::string> shorts;
        for (const auto& p : participants) {
            const auto it = r_.short_names.find(p);
            shorts.push_back(it == r_.short_names.end() ? p : it->second);
        }
        const auto join = [](const std::vector<std::string>& parts) {
            std::string out;
            for (const auto& p : parts) out += (out.empty() ? "" : "-") + p;
            return out;
        };
        const std::string name = join(shorts);
        std::string own_kind = kind;
        for (const auto& [from, to] : ix.respell) replace_word(own_kind, from, to);
        // Other names: the participants in alphabetical order, the kind in its other form.
        std::vector<std::string> kinds{own_kind};
        for (const auto& [from, to] : r_.name_variants) {
            std::string variant = own_kind;
            if (replace_word(variant, from, to)) kinds.push_back(variant);
        }
        auto sorted = shorts;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::string> others;
        for (const auto& names : {name, join(sorted)})
            for (const auto& k : kinds)
                if (names != name || k != own_kind) add_unique(others, names + " " + k);
        std::string stems;
        for (const auto& o : others) stems += (stems.empty() ? "" : "|") + o;
        Mention m;
        m.kind = MentionKind::meeting;
        m.token_begin = begin;
        m.token_end = end;
        m.span = Span{doc.tokens[begin].span.begin, doc.tokens[end - 1].span.end};
        m.sentence = static_cast<std::uint32_t>(s);
        m.label = name + " " + own_kind + (date.empty() ? "" : " " + date);
        m.rule = "meeting_ruler";
        if (!date.empty()) m.attrs["date"] = date;
        if (!stems.empty()) m.attrs["alias_stems"] = stems;
        m.attrs["kind"] = own_kind;  // for merge_body_meetings; erased after it
        m.attrs["name"] = name;
        // "10th Japan-Australia 2+2": an ordinal pins the meeting, not a date; the format names
        // it, "10th Japan-Australia 2+2 Consultations" too.
        if (!ordinal.empty()) {
            m.label = ordinal + " " + name + " " + own_kind;
            std::string aliases;
            for (const auto& f : r_.formats)
                if (own_kind.starts_with(f + " ")) {
                    aliases = m.label;
                    m.label = ordinal + " " + name + " " + f;
                }
            for (const auto& o : others)
                aliases += (aliases.empty() ? "" : "|") + ordinal + " " + o;
            m.attrs.erase("alias_stems");
            if (!aliases.empty()) m.attrs["aliases"] = aliases;
        }
        doc.mentions.push_back(std::move(m));
        const std::size_t meeting = doc.mentions.size() - 1;
        const Span ev = doc.sentences[s].span;
        if (const auto venue = venue_after(doc, ix.by_sentence[s], begin))
            doc.relations.push_back({meeting, *venue, "held-in", ev, static_cast<std::uint32_t>(s),
                                     0.7, "meeting_ruler"});
        std::set<std::string> chaired;
        for (auto c : chairs) {
            if (!chaired.insert(doc.mentions[c].label).second) continue;
            doc.relations.push_back({c, meeting, "co-chaired", ev, static_cast<std::uint32_t>(s),
                                     0.7, "meeting_ruler"});
        }
        if (body) {
            doc.mentions[meeting].attrs["body"] = doc.mentions[*body].label;
            doc.relations.push_back({meeting, *body, "discussed", ev, static_cast<std::uint32_t>(s),
                                     0.7, "meeting_ruler"});
            return;
        }
        for (const auto& p : participants) {
            doc.relations.push_back({country_mention(doc, ix, p, meeting), meeting, "attended", ev,
                                     static_cast<std::uint32_t>(s), 0.7, "meeting_ruler"});
        }
    }

    // A mention of country `label` in the document; a participant known only from an office
    // holder's post gets one on the meeting's span.
    static std::size_t country_mention(Document& doc, DocIndex& ix, const std::string& label,
                                       std::size_t meeting) {
        if (const auto it = ix.country.find(label); it != ix.country.end()) return it->second;
        Mention c = doc.mentions[meeting];
        c.kind = MentionKind::country;
        c.label = label;
        c.attrs.clear();
        c.rule = "meeting_ruler";
        doc.mentions.push_back(std::move(c));
        ix.country.emplace(label, doc.mentions.size() - 1);
        return doc.mentions.size() - 1;
    }

    // "... met in Lima on Friday", "the summit held in Seoul": the first country (or capital)
    // after "in" that follows the meeting in its sentence. Returns the country mention.
    static std::optional<std::size_t> venue_after(const Document& doc,
                                                  const std::vector<std::size_t>& sentence,
                                                  std::size_t begin) {
        std::optional<std::size_t> best;
        for (auto m : sentence) {
            const auto& mm = doc.mentions[m];
            if (mm.kind != MentionKind::country || mm.token_begin <= begin || mm.token_begin == 0 ||
                doc.tokens[mm.token_begin - 1].text != "in")
                continue;
            // "in Seoul's view" is not a place.
            if (mm.token_end < doc.tokens.size() && doc.tokens[mm.token_end].text == "'s") continue;
            if (!best || mm.token_begin < doc.mentions[*best].token_begin) best = m;
        }
        return best;
    }

    // The kind in the spelling of post_kinds ("Defence Ministerial" -> "Defense Ministerial").
    std::string canonical(std::string kind) const {
        for (const auto& [us, uk] : r_.spellings) replace_word(kind, uk, us);
        return kind;
    }

    // "3rd" as written, or "third" -> "3rd".
    std::optional<std::string> ordinal_of(const std::string& t) const {
        if (t.size() >= 3 && std::isdigit(static_cast<unsigned char>(t[0]))) {
            const auto suffix = text::to_lower_ascii(t.substr(t.size() - 2));
            if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
                is_number(t.substr(0, t.size() - 2)))
                return t;
            return std::nullopt;
        }
        const auto it = lx_.phrases().ordinal_words.find(text::to_lower_ascii(t));
        if (it == lx_.phrases().ordinal_words.end()) return std::nullopt;
        const int n = it->second;
        const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                             : n % 10 == 1                    ? "st"
                             : n % 10 == 2                    ? "nd"
                             : n % 10 == 3                    ? "rd"
                                                              : "th";
        return std::to_string(n) + suffix;
    }

    // Replaces whole words `from` in `s` by `to`; true when it replaced one.
    static bool replace_word(std::string& s, const std::string& from, const std::string& to) {
        bool any = false;
        std::size_t at = s.find(from);
        while (at != std::string::npos) {
            const bool starts = at == 0 || s[at - 1] == ' ';
            const bool ends = at + from.size() == s.size() || s[at + from.size()] == ' ';
            if (starts && ends) {
                s.replace(at, from.size(), to);
                any = true;
                at = s.find(from, at + to.size());
            } else {
                at = s.find(from, at + 1);
            }
        }
        return any;
    }

    static void add_unique(std::vector<std::string>& v, const std::string& s) {
        if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
    }
    static bool is_number(const std::string& t) {
        return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
        });
    }

    const Lexicon& lx_;
    MeetingRules r_;
};

}  // namespace

std::unique_ptr<Component> make_meeting_ruler(const ComponentContext& ctx) {
    check_config_keys(
        ctx, {"heads", "kinds", "fillers", "series_words", "meet_verbs", "hold_verbs", "post_kinds",
              "short_names", "role_nouns", "aux_words", "sideline_words", "between_words",
              "spellings", "name_variants", "formats", "max_parties"});
    MeetingRules r;
    r.heads = config_map(ctx, "heads");
    r.kinds = config_map(ctx, "kinds");
    r.fillers = config_words(ctx, "fillers");
    r.series_words = config_words(ctx, "series_words");
    r.fillers.insert(r.series_words.begin(), r.series_words.end());
    r.meet_verbs = config_words(ctx, "meet_verbs");
    r.hold_verbs = config_words(ctx, "hold_verbs");
    r.post_kinds = config_map(ctx, "post_kinds");
    r.short_names = config_map(ctx, "short_names");
    if (ctx.config.HasMember("max_parties")) {
        const auto& v = ctx.config["max_parties"];
        if (!v.IsUint() || v.GetUint() < 2)
            throw OntologyError("KG-E221", ctx.origin +
                                               ": /config/max_parties: expected an "
                                               "integer >= 2.");
        r.max_parties = v.GetUint();
    }
    r.role_nouns = config_map(ctx, "role_nouns");
    r.aux_words = config_words(ctx, "aux_words");
    r.sideline_words = config_words(ctx, "sideline_words");
    r.between_words = config_words(ctx, "between_words");
    r.spellings = config_map(ctx, "spellings");
    r.name_variants = config_map(ctx, "name_variants");
    r.formats = config_words(ctx, "formats");
    if (r.heads.empty())
        throw OntologyError("KG-E221",
                            ctx.origin + ": /config/heads: name at least one head word.");
    return std::make_unique<MeetingRuler>(ctx.lexicon, std::move(r));
}

}  // namespace kg::extract
