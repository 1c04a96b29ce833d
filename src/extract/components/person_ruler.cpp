// Persons, found only where the text says who they are, never from a capitalized pair alone:
//   title + name        "Defense Minister Jane Roe", "U.S. President John Doe", "Deputy Prime
//                       Minister and Defence Minister Jane Roe" (both titles)
//   apposition          "John Doe, the Freedonian Foreign Minister", "the Foreign Minister,
//                       John Doe, said"
//   counterpart         "... and his Freedonian counterpart, Jane Roe" (the post of the earlier
//                       title in the sentence, in the counterpart's country)
//   byline              a sentence that is only "By Jane Roe" (the article's author)
//   relative clause     "Jane Roe, who was sworn in on Sunday as the country's president,"
//   rank or honorific   "General Jane Roe", "Mr John Doe": a person, but no post
//   speaker             "Jane Roe said", "Jane Roe told reporters": a full name before a
//                       speech verb (rules/persons.json speech_verbs); no post
//   relative "who"      "Jane Roe, who led the talks,": only people take "who"; no post
//   known name          "Jane Roe went to Lima": a run opening with a given name of the name
//                       lists ("Kim Min-jae": a family name written first); no post
//   coordination        "signed by Jane Roe and Tom Varga": a name joined by "and" to a person
//   regnal name         "King Tomas IV": a title, one name and a regnal number
#include <algorithm>
#include <unordered_map>

#include "extract/components/components.hpp"
#include "extract/name_shape.hpp"
#include "extract/tokenizer.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace {

class PersonRuler final : public Component {
  public:
    // Phrases as the tokenizer splits them ("Gen." is "Gen" ".").
    explicit PersonRuler(const Lexicon& lx)
        : rules_(lx.rules()),
          prefixes_(tokenize_phrases(rules_.person_prefixes)),
          appointment_(tokenize_phrases(rules_.appointment_phrases)),
          credits_(tokenize_phrases(rules_.credit_phrases)) {
        // First words of each list: most tokens open no phrase and are rejected by one lookup.
        for (const auto* list : {&prefixes_, &appointment_, &credits_})
            for (const auto& words : *list)
                if (!words.empty()) first_words_.insert(words.front());
        std::vector<std::string> phrases;
        for (const auto& [phrase, title] : rules_.plural_titles) phrases.push_back(phrase);
        plural_ = tokenize_phrases(phrases);
        for (const auto& words : plural_) plural_words_ = std::max(plural_words_, words.size());
    }
    std::string_view name() const noexcept override { return "person_ruler"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences", "doc.mentions"}, {"doc.mentions"}};
    }

    // What the rules ask of the whole document, kept up to date as persons are added, so that
    // the pass stays linear in the document's length.
    struct DocIndex {
        std::vector<std::vector<std::size_t>> persons;  ///< person mentions of each sentence
        std::vector<std::size_t> lead_begin;  ///< token end -> 1 + begin of a title or country
        /// "Kramp-Karrenbauer" -> "Annegret Kramp-Karrenbauer" for every word-final tail of a
        /// person's name; empty when two persons share the tail.
        std::unordered_map<std::string, std::string> tails;

        void add_person(const Mention& m, std::size_t index) {
            if (m.sentence < persons.size()) persons[m.sentence].push_back(index);
            for (std::size_t at = m.label.find(' '); at != std::string::npos;
                 at = m.label.find(' ', at + 1)) {
                auto [it, fresh] = tails.try_emplace(m.label.substr(at + 1), m.label);
                if (!fresh && it->second != m.label) it->second.clear();
            }
        }
    };

    void operator()(Document& doc) const override {
        // Indexes of the mentions found before this component; persons added here only update
        // `covered` and the DocIndex. Built once per document so the pass stays linear.
        auto covered = covered_tokens(doc);
        std::vector<long> start_at(doc.tokens.size() + 1, -1), end_at(doc.tokens.size() + 1, -1);
        DocIndex ix;
        ix.persons.resize(doc.sentences.size());
        ix.lead_begin.assign(doc.tokens.size() + 1, 0);
        for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
            const auto& mm = doc.mentions[m];
            start_at[mm.token_begin] = static_cast<long>(m);
            end_at[mm.token_end] = static_cast<long>(m);
            if (mm.token_end > mm.token_begin &&
                (mm.kind == MentionKind::title || mm.kind == MentionKind::country))
                ix.lead_begin[mm.token_end] = mm.token_begin + 1;
            if (mm.kind == MentionKind::person) ix.add_person(mm, m);
        }
        for (std::size_t s = 0; s < doc.sentences.size(); ++s)
            run_sentence(doc, s, covered, start_at, end_at, ix);
    }

  private:
    void run_sentence(Document& doc, std::size_t s, std::vector<bool>& covered,
                      const std::vector<long>& start_at, const std::vector<long>& end_at,
                      DocIndex& ix) const {
        const auto sent = doc.sentences[s];
        auto add_person = [&](std::size_t b, std::size_t n, std::size_t surface_b,
                              std::optional<std::size_t> title, std::string country,
                              const char* rule) {
            Mention p = person_mention(doc, s, b, n, rule);
            p.surface = token_text(doc, surface_b, b + n);
            p.title = title;
            p.country = std::move(country);
            for (std::size_t k = b; k < b + n; ++k) covered[k] = true;
            doc.mentions.push_back(std::move(p));
            ix.add_person(doc.mentions.back(), doc.mentions.size() - 1);
        };
        const auto full_new_name = [&](std::size_t i, std::size_t n) {
            return is_full_new_name(doc, i, n, ix);
        };
        const auto kind_at = [&](long m) {
            return m < 0 ? std::optional<MentionKind>{} : doc.mentions[m].kind;
        };

        // byline: the whole sentence is "By <name>" (optionally "By <name>, <more>")
        if (sent.token_end - sent.token_begin >= 3 &&
            rules_.byline_words.count(doc.tokens[sent.token_begin].text)) {
            // "By A and B | 24 August", "By A in Lima", "By A, correspondent": each author.
            std::vector<std::pair<std::size_t, std::size_t>> authors;  // begin, length
            for (std::size_t b = sent.token_begin + 1; b < sent.token_end;) {
                const auto n = read_name(doc.tokens, b, sent.token_end, covered, rules_);
                if (n == 0) break;
                authors.emplace_back(b, n);
                b += n;
                if (b < sent.token_end && doc.tokens[b].text == "and")
                    ++b;
                else
                    break;
            }
            if (!authors.empty()) {
                const std::size_t after = authors.back().first + authors.back().second;
                const auto& next = after < sent.token_end ? doc.tokens[after].text : "";
                if (after == sent.token_end || next == "," || next == "|" || next == "in") {
                    for (const auto& [b, n] : authors)
                        add_person(b, n, b, std::nullopt, "", "byline");
                    return;
                }
            }
        }
        plural_title_lists(doc, s, covered, start_at, add_person);
        credit_lines(doc, s, covered, add_person);
        std::optional<std::size_t> last_title;
        for (std::size_t i = sent.token_begin; i < sent.token_end; ++i) {
            const long here = start_at[i];
            // title + name
            if (kind_at(here) == MentionKind::title) {
                // "Deputy Prime Minister and Minister for Defence Jane Roe": the name follows
                // the last title of the chain; a country before the first qualifies it.
                long chained = here;
                while (doc.mentions[chained].token_end + 1 < sent.token_end &&
                       doc.tokens[doc.mentions[chained].token_end].text == "and" &&
                       kind_at(start_at[doc.mentions[chained].token_end + 1]) == MentionKind::title)
                    chained = start_at[doc.mentions[chained].token_end + 1];
                if (chained != here) {
                    // Copies: add_person appends to doc.mentions, which may reallocate.
                    const Mention first = doc.mentions[here];
                    const Mention t = doc.mentions[chained];
                    std::size_t name_at = t.token_end;
                    auto n = read_name(doc.tokens, name_at, sent.token_end, covered, rules_);
                    // "... Deputy Prime Minister and Minister for Defence, Jane Roe, said"
                    if (n == 0 && name_at + 1 < sent.token_end && doc.tokens[name_at].text == ",") {
                        n = read_name(doc.tokens, name_at + 1, sent.token_end, covered, rules_);
                        const std::size_t after = name_at + 1 + n;
                        if (n > 0 && (after == sent.token_end || doc.tokens[after].text == "," ||
                                      doc.tokens[after].text == "."))
                            ++name_at;
                        else
                            n = 0;
                    }
                    if (n > 0) {
                        std::size_t q = first.token_begin;
                        if (q > sent.token_begin && doc.tokens[q - 1].text == "'s") --q;
                        const long c = end_at[q];
                        const std::string country =
                            kind_at(c) == MentionKind::country ? doc.mentions[c].label : "";
                        add_person(name_at, n, first.token_begin, static_cast<std::size_t>(chained),
                                   country, "title_chain_name");
                        for (long k = here; k != chained;
                             k = start_at[doc.mentions[k].token_end + 1])
                            doc.mentions.back().chained_titles.push_back(
                                static_cast<std::size_t>(k));
                        last_title = static_cast<std::size_t>(chained);
                        i = name_at + n - 1;
                        continue;
                    }
                }
                const Mention t = doc.mentions[here];  // a copy: add_person may reallocate
                last_title = static_cast<std::size_t>(here);
                auto n = read_name(doc.tokens, t.token_end, sent.token_end, covered, rules_);
                if (n == 0) n = regnal_name(doc, t.token_end, sent.token_end, covered);
                if (n > 0) {
                    add_person(t.token_end, n, t.token_begin, static_cast<std::size_t>(here), "",
                               "title_name");
                    i = t.token_end + n - 1;
                    continue;
                }
                // title , name ,   "Ukraine's Minister of Defence, Rustem Umerov, joined": the
                // closing comma (or the sentence end) makes it an apposition, not a list. "the
                // President of the Republic of Freedonia, Jane Roe" has the country in between.
                std::size_t comma = t.token_end;
                if (comma + 1 < sent.token_end && doc.tokens[comma].text == "of") {
                    std::size_t k = comma + 1;
                    if (doc.tokens[k].text == "the") ++k;
                    if (kind_at(k < sent.token_end ? start_at[k] : -1) == MentionKind::country)
                        comma = doc.mentions[start_at[k]].token_end;
                }
                // "President of the Russian Federation Vladimir Putin": the name right after the
                // country, as protocol lists write it.
                if (comma != t.token_end) {
                    if (const auto m =
                            read_name(doc.tokens, comma, sent.token_end, covered, rules_);
                        m > 0) {
                        add_person(comma, m, t.token_begin, static_cast<std::size_t>(here), "",
                                   "title_of_country_name");
                        i = comma + m - 1;
                        continue;
                    }
                }
                const std::size_t q = comma + 1;
                if (q < sent.token_end && doc.tokens[comma].text == ",") {
                    const auto m = read_name(doc.tokens, q, sent.token_end, covered, rules_);
                    const std::size_t after = q + m;
                    if (m > 0 && (after == sent.token_end || doc.tokens[after].text == "," ||
                                  doc.tokens[after].text == "." || doc.tokens[after].text == "(")) {
                        add_person(q, m, q, static_cast<std::size_t>(here), "", "title_comma_name");
                        i = after - 1;
                    }
                }
                continue;
            }
            // rank or honorific + name: "General Jane Roe", "Mr John Doe" (a person; a post only
            // from an apposition: "General Jane Roe, the Chief of Staff")
            if (const auto pre = prefix_at(doc, i, sent.token_end); pre > 0 && !covered[i]) {
                const auto n = read_name(doc.tokens, i + pre, sent.token_end, covered, rules_);
                if (n > 0) {
                    add_person(i + pre, n, i, apposition_title(doc, i + pre + n, sent, start_at),
                               "", "prefix_name");
                    i = i + pre + n - 1;
                    continue;
                }
            }
            // country + counterpart [,] name
            if (rules_.counterpart_words.count(doc.tokens[i].text) &&
                kind_at(end_at[i]) == MentionKind::country) {
                std::size_t q = i + 1;
                if (q < sent.token_end && doc.tokens[q].text == ",") ++q;
                const auto n = read_name(doc.tokens, q, sent.token_end, covered, rules_);
                if (n > 0) {
                    add_person(q, n, q, last_title, doc.mentions[end_at[i]].label, "counterpart");
                    i = q + n - 1;
                }
                continue;
            }
            // name , [the] [country ['s]] [modifiers] title
            // A run starts after a word that is no name, or after a mention ("Cook Islander").
            if (covered[i] || (i > sent.token_begin && !covered[i - 1] &&
                               is_name_token(doc.tokens[i - 1], rules_)))
                continue;
            const auto n = read_name(doc.tokens, i, sent.token_end, covered, rules_);
            if (n == 0) continue;
            const auto title = apposition_title(doc, i + n, sent, start_at);
            // "In Puerto Nuevo, Peruvian President Luis Salas spoke": the title has its own name.
            if (title && read_name(doc.tokens, doc.mentions[*title].token_end, sent.token_end,
                                   covered, rules_) > 0) {
                i += n - 1;
            } else if (title) {
                add_person(i, n, i, title, "", "apposition");
                // "Jane Roe, the Deputy Prime Minister and Minister for Defence": both posts.
                const std::size_t after = doc.mentions[*title].token_end;
                if (after + 1 < sent.token_end && doc.tokens[after].text == "and" &&
                    kind_at(start_at[after + 1]) == MentionKind::title)
                    doc.mentions.back().chained_titles.push_back(
                        static_cast<std::size_t>(start_at[after + 1]));
                i += n - 1;
            } else if (const auto took = appointed_title(doc, i + n, sent, start_at)) {
                add_person(i, n, i, took, "", "appointed");
                i += n - 1;
            } else if (const auto as = relative_clause_title(doc, i + n, sent, start_at)) {
                add_person(i, n, i, as, "", "relative_clause");
                i += n - 1;
            } else if (i + n < sent.token_end &&
                       rules_.speech_verbs.count(doc.tokens[i + n].text) &&
                       (i == sent.token_begin ||
                        !rules_.determiners.count(text::to_lower_ascii(doc.tokens[i - 1].text)))) {
                // "the White House said": a determiner before the run makes it a thing's name.
                add_person(i, n, i, std::nullopt, "", "speaker");
                i += n - 1;
            } else if (i >= sent.token_begin + 2 && doc.tokens[i - 1].text == "'s" &&
                       kind_at(end_at[i - 1]) == MentionKind::country) {
                // "Egypt's Sameh Shoukry": a full name owned by a country is its person.
                add_person(i, n, i, std::nullopt, "", "country_possessive");
                i += n - 1;
            } else if (i > sent.token_begin &&
                       rules_.determiners.count(text::to_lower_ascii(doc.tokens[i - 1].text))) {
                // "the Jane Roe Fund": a determiner makes the run a thing's name.
            } else if (!full_new_name(i, n)) {
                // "Kramp-Karrenbauer", "Lula da Silva": a short form of a person already named.
            } else if (i + n + 1 < sent.token_end && doc.tokens[i + n].text == "," &&
                       rules_.relative_pronouns.count(doc.tokens[i + n + 1].text)) {
                add_person(i, n, i, std::nullopt, "", "relative_who");
                i += n - 1;
            } else if (known_name(doc, i, n, sent.token_end)) {
                add_person(i, n, i, std::nullopt, "", "known_name");
                i += n - 1;
            }
        }
        coordinated_names(doc, s, covered, ix, add_person, full_new_name);
    }

    // True when tokens [i, i+n) are two or more separate words that do not end the name of a
    // person found earlier ("Roe-Varga" and "da Silva" are left to person_resolver).
    static bool is_full_new_name(const Document& doc, std::size_t i, std::size_t n,
                                 const DocIndex& ix) {
        bool spaced = false;
        for (std::size_t k = i + 1; k < i + n && !spaced; ++k)
            spaced = doc.tokens[k].span.begin > doc.tokens[k - 1].span.end;
        if (!spaced) return false;
        const auto it = ix.tails.find(join_tokens(doc, i, i + n));
        return it == ix.tails.end() || it->second.empty();
    }

    // "Jane Roe went": the run opens with a given name of the name lists, or with a family name
    // written first ("Kim Min-jae"), and no capitalized word follows it ("Jane Roe Airport").
    bool known_name(const Document& doc, std::size_t i, std::size_t n, std::size_t end) const {
        const auto& first = doc.tokens[i].text;
        if (!rules_.given_names.count(first) && !rules_.surnames_first.count(first)) return false;
        return i + n >= end || !text::starts_upper(doc.tokens[i + n].text);
    }

    // "King Tomas IV": one name word and a regnal number (a name suffix of Roman numerals).
    std::size_t regnal_name(const Document& doc, std::size_t q, std::size_t end,
                            const std::vector<bool>& covered) const {
        if (q + 1 >= end || covered[q] || covered[q + 1] || !is_name_token(doc.tokens[q], rules_))
            return 0;
        const auto& num = doc.tokens[q + 1].text;
        return num.size() <= 5 && num.find_first_not_of("IVX") == std::string::npos ? 2 : 0;
    }

    // "signed by Jane Roe and Tom Varga", "Tom Varga, Ana Soto and Jane Roe": a full name joined
    // by "and" or a list comma to a person of the sentence is a person too.
    template <class AddPerson, class FullNewName>
    void coordinated_names(const Document& doc, std::size_t s, std::vector<bool>& covered,
                           const DocIndex& ix, AddPerson& add_person,
                           const FullNewName& full_new_name) const {
        const auto& sent = doc.sentences[s];
        std::vector<std::pair<std::size_t, std::size_t>> persons;  // token ranges
        for (const auto m : ix.persons[s])
            if (doc.mentions[m].token_end > doc.mentions[m].token_begin)
                persons.emplace_back(doc.mentions[m].token_begin, doc.mentions[m].token_end);
        std::sort(persons.begin(), persons.end());
        // "and Peruvian President Luis Salas": the name's title and country come before it.
        const auto& begin_ending_at = ix.lead_begin;
        const auto lead_in = [&](std::size_t b) {
            for (int steps = 0; steps < 4 && b > sent.token_begin; ++steps) {
                if (begin_ending_at[b] > 0)
                    b = begin_ending_at[b] - 1;
                else if (doc.tokens[b - 1].text == "'s" && begin_ending_at[b - 1] > 0)
                    b = begin_ending_at[b - 1] - 1;
                else
                    break;
            }
            return b;
        };
        // A run of name words ending right before token e, or 0.
        const auto name_ending_at = [&](std::size_t e) -> std::size_t {
            for (std::size_t len = 2;
                 len <= rules_.name_max_tokens + 2 && len <= e - sent.token_begin; ++len) {
                const std::size_t b = e - len;
                if (b > sent.token_begin && is_name_token(doc.tokens[b - 1], rules_)) continue;
                if (read_name(doc.tokens, b, sent.token_end, covered, rules_) == len) return len;
            }
            return 0;
        };
        for (std::size_t k = 0; k < persons.size(); ++k) {
            // Forward: "<person> and <name>", "<person>, <name> and <name>".
            for (std::size_t q = persons[k].second; q + 1 < sent.token_end;) {
                const auto& sep = doc.tokens[q].text;
                if (sep != "and" && sep != ",") break;
                const std::size_t b = q + 1;
                const auto n = read_name(doc.tokens, b, sent.token_end, covered, rules_);
                if (n == 0 ||
                    (b + n < sent.token_end && text::starts_upper(doc.tokens[b + n].text)))
                    break;
                // A list comma needs the list to go on: "Jane Roe, Tom Varga said" is apposition.
                if (sep == "," && (b + n >= sent.token_end || (doc.tokens[b + n].text != "," &&
                                                               doc.tokens[b + n].text != "and")))
                    break;
                if (full_new_name(b, n)) add_person(b, n, b, std::nullopt, "", "coordinated");
                q = b + n;
            }
            // Backward: "<name> and <person>", "<name>, <name> and <person>"; a comma alone
            // ("In Freedonia Port, Jane Roe said") joins nothing.
            const std::size_t first = lead_in(persons[k].first);
            for (std::size_t e = first; e > sent.token_begin + 2;) {
                const auto& sep = doc.tokens[e - 1].text;
                if (sep != (e == first ? "and" : ",")) break;
                const auto n = name_ending_at(e - 1);
                if (n == 0) break;
                if (full_new_name(e - 1 - n, n))
                    add_person(e - 1 - n, n, e - 1 - n, std::nullopt, "", "coordinated");
                e = e - 1 - n;
            }
        }
    }

    // "(Reporting by Jane Roe in Lima and Ana Soto; Editing by Jon Rask)", "Editor: Jane Roe":
    // each name after a credit phrase is an author, with the place written after it skipped.
    template <class AddPerson>
    void credit_lines(const Document& doc, std::size_t s, const std::vector<bool>& covered,
                      AddPerson& add_person) const {
        const auto& sent = doc.sentences[s];
        for (std::size_t i = sent.token_begin; i < sent.token_end; ++i) {
            if (!first_words_.count(doc.tokens[i].text)) continue;
            std::size_t q = 0;
            for (const auto& phrase : credits_) {
                if (i + phrase.size() >= sent.token_end) continue;
                bool same = true;
                for (std::size_t k = 0; k < phrase.size() && same; ++k)
                    same = doc.tokens[i + k].text == phrase[k];
                if (same) q = std::max(q, i + phrase.size());
            }
            if (q == 0) continue;
            while (q < sent.token_end) {
                const auto n = read_name(doc.tokens, q, sent.token_end, covered, rules_);
                if (n == 0) break;
                // "Wire Asia desk": a name ends the credit, or is followed by a place or a list.
                if (const std::size_t after = q + n; after < sent.token_end) {
                    const auto& t = doc.tokens[after].text;
                    if (t != "in" && t != "and" && t != "," && t != ";" && t != ")" && t != "|" &&
                        t != ".")
                        break;
                }
                add_person(q, n, q, std::nullopt, "", "credit");
                q += n;
                // "in Manila": the reporter's place, one or two capitalized words.
                if (q + 1 < sent.token_end && doc.tokens[q].text == "in" &&
                    text::starts_upper(doc.tokens[q + 1].text)) {
                    q += 2;
                    if (q < sent.token_end && text::starts_upper(doc.tokens[q].text) &&
                        read_name(doc.tokens, q, sent.token_end, covered, rules_) == 0)
                        ++q;
                }
                if (q < sent.token_end && doc.tokens[q].text == ",") ++q;
                if (q < sent.token_end && doc.tokens[q].text == "and") ++q;
            }
            i = q > i ? q - 1 : i;
        }
    }

    // "the defence ministers of Estonia, Latvia and Lithuania, A, B and C, met": each name holds
    // the plural's post, for the country in the same place of the list when the counts match.
    // The post's mention is empty (no tokens), so the phrase stays free for the meeting rules.
    template <class AddPerson>
    void plural_title_lists(Document& doc, std::size_t s, const std::vector<bool>& covered,
                            const std::vector<long>& start_at, AddPerson& add_person) const {
        const auto& sent = doc.sentences[s];
        const auto lower = [&](std::size_t k) { return text::to_lower_ascii(doc.tokens[k].text); };
        for (std::size_t i = sent.token_begin; i + 1 < sent.token_end; ++i) {
            // Most tokens open no plural post: check the first word before building phrases.
            if (std::none_of(plural_.begin(), plural_.end(), [&](const auto& words) {
                    return text::iequals(doc.tokens[i].text, words.front());
                }))
                continue;
            std::size_t q = i;
            std::string phrase;
            const std::string* title = nullptr;
            for (; q < sent.token_end && q < i + plural_words_ && !title; ++q) {
                phrase += (phrase.empty() ? "" : " ") + lower(q);
                if (const auto it = rules_.plural_titles.find(phrase);
                    it != rules_.plural_titles.end())
                    title = &it->second;
            }
            if (!title) continue;
            const Span title_span{doc.tokens[i].span.begin, doc.tokens[q - 1].span.end};
            std::vector<std::string> countries;
            if (q < sent.token_end && lower(q) == "of") {
                for (++q; q < sent.token_end;) {
                    const long m = start_at[q];
                    if (m >= 0 && doc.mentions[m].kind == MentionKind::country) {
                        countries.push_back(doc.mentions[m].label);
                        q = doc.mentions[m].token_end;
                    } else if (lower(q) == "," || lower(q) == "and") {
                        ++q;
                    } else {
                        break;
                    }
                }
                // The list's own comma was read as a separator: step back onto it.
                if (q > 0 && lower(q - 1) == ",") --q;
                // "of the three countries,": a few lower-case words name no country.
                for (std::size_t k = q; countries.empty() && k < sent.token_end && k < q + 4; ++k)
                    if (lower(k) == ",") {
                        q = k;
                    } else if (text::starts_upper(doc.tokens[k].text)) {
                        break;
                    }
            }
            if (q >= sent.token_end || lower(q) != ",") continue;
            std::vector<std::pair<std::size_t, std::size_t>> names;  // begin, length
            std::vector<std::string> own;  // "Jane Roe of Freedonia": each name's country
            for (++q; q < sent.token_end;) {
                const auto n = read_name(doc.tokens, q, sent.token_end, covered, rules_);
                if (n == 0) break;
                names.emplace_back(q, n);
                q += n;
                if (q + 1 < sent.token_end && lower(q) == "of" && start_at[q + 1] >= 0 &&
                    doc.mentions[start_at[q + 1]].kind == MentionKind::country) {
                    own.push_back(doc.mentions[start_at[q + 1]].label);
                    q = doc.mentions[start_at[q + 1]].token_end;
                }
                if (q < sent.token_end && lower(q) == ",") ++q;
                if (q < sent.token_end && lower(q) == "and") ++q;
            }
            if (names.size() < 2) continue;
            if (own.size() == names.size()) countries = std::move(own);
            const bool respective = countries.size() == names.size();
            for (std::size_t k = 0; k < names.size(); ++k) {
                std::optional<std::size_t> post;
                if (respective) {
                    Mention t;
                    t.kind = MentionKind::title;
                    t.span = title_span;
                    t.token_begin = t.token_end = names[k].first;
                    t.sentence = static_cast<std::uint32_t>(s);
                    t.label = *title;
                    t.surface =
                        doc.text.substr(title_span.begin, title_span.end - title_span.begin);
                    t.rule = "plural_title";
                    doc.mentions.push_back(std::move(t));
                    post = doc.mentions.size() - 1;
                }
                add_person(names[k].first, names[k].second, names[k].first, post,
                           respective ? countries[k] : std::string(), "plural_title_list");
            }
            i = q - 1;
        }
    }

    // "Name [of the <body> (<ACR>)] was sworn in as [the] <title>": the title a name took, from
    // the appointment phrases of rules/persons.json.
    std::optional<std::size_t> appointed_title(const Document& doc, std::size_t q,
                                               const Sentence& sent,
                                               const std::vector<long>& start_at) const {
        const auto at = [&](std::size_t k, MentionKind kind) {
            return k < sent.token_end && start_at[k] >= 0 && doc.mentions[start_at[k]].kind == kind;
        };
        // "of the Social Democratic Party (SPD)": the person's party, not the post.
        if (q + 1 < sent.token_end && doc.tokens[q].text == "of") {
            std::size_t k = q + 1;
            if (doc.tokens[k].text == "the") ++k;
            if (at(k, MentionKind::organization)) {
                k = doc.mentions[start_at[k]].token_end;
                if (k + 2 < sent.token_end && doc.tokens[k].text == "(" &&
                    doc.tokens[k + 2].text == ")")
                    k += 3;
                q = k;
            }
        }
        if (q >= sent.token_end || !first_words_.count(doc.tokens[q].text)) return std::nullopt;
        for (const auto& phrase : appointment_) {
            if (q + phrase.size() >= sent.token_end) continue;
            bool same = true;
            for (std::size_t k = 0; k < phrase.size() && same; ++k)
                same = doc.tokens[q + k].text == phrase[k];
            if (!same) continue;
            if (const auto t = title_at(doc, q + phrase.size(), sent, start_at)) return t;
        }
        return std::nullopt;
    }

    // "Jane Roe, who was sworn in on Sunday as the country's eighth president,": the title after
    // "as" in a relative clause right after the name (up to its closing comma).
    std::optional<std::size_t> relative_clause_title(const Document& doc, std::size_t q,
                                                     const Sentence& sent,
                                                     const std::vector<long>& start_at) const {
        if (q + 1 >= sent.token_end || doc.tokens[q].text != "," ||
            !rules_.relative_pronouns.count(doc.tokens[q + 1].text))
            return std::nullopt;
        for (std::size_t k = q + 2; k < sent.token_end && k < q + 16; ++k) {
            if (doc.tokens[k].text == "," || doc.tokens[k].text == ";") break;
            if (doc.tokens[k].text == "as")
                if (const auto t = title_at(doc, k + 1, sent, start_at)) return t;
        }
        return std::nullopt;
    }

    // The title mention at token q after "[the] [country ['s] | the country's] [modifiers]".
    std::optional<std::size_t> title_at(const Document& doc, std::size_t q, const Sentence& sent,
                                        const std::vector<long>& start_at) const {
        const auto kind_at = [&](std::size_t k) {
            const long m = k < sent.token_end ? start_at[k] : -1;
            return m < 0 ? std::optional<MentionKind>{} : doc.mentions[m].kind;
        };
        if (q < sent.token_end && rules_.determiners.count(doc.tokens[q].text)) ++q;
        // "the former Freedonian president": modifiers may come before the country too.
        while (q < sent.token_end && rules_.title_modifiers.count(doc.tokens[q].text)) ++q;
        if (kind_at(q) == MentionKind::country || kind_at(q) == MentionKind::organization) {
            // "as NATO secretary general": the body owns the post (office_linker reads it).
            q = doc.mentions[start_at[q]].token_end;
            if (q < sent.token_end && doc.tokens[q].text == "'s") ++q;
        } else if (q + 1 < sent.token_end && rules_.home_words.count(doc.tokens[q].text) &&
                   doc.tokens[q + 1].text == "'s") {
            q += 2;  // "the country's": the document's country, as an unqualified title has it
        }
        while (q < sent.token_end && rules_.title_modifiers.count(doc.tokens[q].text)) ++q;
        if (kind_at(q) == MentionKind::title) return static_cast<std::size_t>(start_at[q]);
        return std::nullopt;
    }

    // The title of an apposition starting at token q, right after a name: ", [the] [country
    // ['s]] [modifiers] title", where a membership may come first ("Jane Roe, Senate member and
    // Minister of Justice"). Returns the title mention.
    std::optional<std::size_t> apposition_title(const Document& doc, std::size_t q,
                                                const Sentence& sent,
                                                const std::vector<long>& start_at) const {
        const auto kind_at = [&](std::size_t k) {
            const long m = start_at[k];
            return m < 0 ? std::optional<MentionKind>{} : doc.mentions[m].kind;
        };
        if (q >= sent.token_end || doc.tokens[q].text != ",") return std::nullopt;
        ++q;
        // "<Body> member and": the post follows the membership.
        if (q < sent.token_end && kind_at(q) == MentionKind::organization) {
            std::size_t k = doc.mentions[start_at[q]].token_end;
            if (k + 1 < sent.token_end && rules_.membership_words.count(doc.tokens[k].text) &&
                doc.tokens[k + 1].text == "and")
                q = k + 2;
        }
        return title_at(doc, q, sent, start_at);
    }

    // Length of the person prefix ("Lt. Gen.", "Mr") starting at token i, or 0.
    std::size_t prefix_at(const Document& doc, std::size_t i, std::size_t end) const {
        if (!first_words_.count(doc.tokens[i].text)) return 0;
        std::size_t best = 0;
        for (const auto& p : prefixes_) {
            if (i + p.size() > end || p.size() <= best) continue;
            bool same = true;
            for (std::size_t k = 0; k < p.size() && same; ++k)
                same = doc.tokens[i + k].text == p[k];
            if (same) best = p.size();
        }
        return best;
    }

    const TextRules& rules_;
    std::vector<std::vector<std::string>> prefixes_;
    std::vector<std::vector<std::string>> appointment_;  ///< "was sworn in as", tokenized
    std::vector<std::vector<std::string>> credits_;      ///< "Reporting by", tokenized
    WordSet first_words_;                                ///< first words of the three lists above
    std::vector<std::vector<std::string>> plural_;       ///< plural_titles' phrases, tokenized
    std::size_t plural_words_ = 0;                       ///< words of the longest of them
};

}  // namespace

std::unique_ptr<Component> make_person_ruler(const ComponentContext& ctx) {
    check_config_keys(ctx, {});
    return std::make_unique<PersonRuler>(ctx.lexicon);
}

}  // namespace kg::extract
