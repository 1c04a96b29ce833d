// Successions the text states: "A succeeded B", "A, replacing B", "A was replaced by B", "A's
// predecessor, B" or "A ... his predecessor B" (A succeeded B) and "A's successor, B" (B succeeded
// A). A is the nearest person
// of the sentence before the trigger, else a name written there; in a sentence that opens with a
// pronoun ("He became Defence Secretary, replacing B") it is the last person named before it.
// B is the person right after the trigger; a name written there is a person too, since these
// words only ever take people. The edge carries A's office when the document gives A one, and B
// is recorded as a holder of that office. Trigger words come from the component's config.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/components/components.hpp"
#include "extract/name_shape.hpp"
#include "extract/tokenizer.hpp"
#include "graph/knowledge_graph.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace {

using Words = WordSet;

struct SuccessionWords {
    Words forward;          ///< "succeeded", "replacing": subject succeeded object
    Words predecessor;      ///< "predecessor": A's predecessor, B -> A succeeded B
    Words successor;        ///< "successor": A's successor, B -> B succeeded A
    Words pronouns;         ///< "He", "She": the last person named
    Words passive_aux;      ///< "was": "A was replaced by B"
    Words subordinators;    ///< "When": a sentence's opening clause holds no subject
    Words possessives;      ///< "his": "A ... his predecessor B" is A's predecessor
    std::size_t reach = 4;  ///< tokens allowed between the trigger and B
};

class SuccessionRuler final : public Component {
  public:
    SuccessionRuler(const Lexicon& lx, const Ontology& onto, SuccessionWords w)
        : rules_(lx.rules()), onto_(onto), w_(std::move(w)) {
        for (auto& words : tokenize_phrases(w_.forward))
            if (words.size() > 1) {
                for (auto& word : words) word = text::to_lower_ascii(word);
                if (std::find(first_words_.begin(), first_words_.end(), words.front()) ==
                    first_words_.end())
                    first_words_.push_back(words.front());
                forward_phrases_.push_back(std::move(words));
            }
    }
    std::string_view name() const noexcept override { return "succession_ruler"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences", "doc.mentions", "doc.relations"},
                {"doc.mentions", "doc.relations"}};
    }

    void operator()(Document& doc) const override {
        auto covered = covered_tokens(doc);
        std::vector<long> person_at(doc.tokens.size(), -1);
        for (std::size_t m = 0; m < doc.mentions.size(); ++m)
            if (doc.mentions[m].kind == MentionKind::person)
                for (std::size_t k = doc.mentions[m].token_begin; k < doc.mentions[m].token_end;
                     ++k)
                    person_at[k] = static_cast<long>(m);
        // Person label -> office mention; a written country beats a guessed one (confidence).
        std::map<std::string, std::size_t> office_of;
        std::map<std::string, double> office_confidence;
        for (const auto& r : doc.relations) {
            if (r.type != "holds-office") continue;
            const auto& label = doc.mentions[r.head].label;
            auto [it, fresh] = office_confidence.try_emplace(label, r.confidence);
            if (fresh || r.confidence > it->second) {
                office_of[label] = r.tail;
                it->second = r.confidence;
            }
        }
        std::vector<std::size_t> seen;  // persons named in earlier sentences, in order
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto sent = doc.sentences[s];
            for (std::size_t k = sent.token_begin; k < sent.token_end; ++k) {
                // "took over from B": a phrase of the forward list ends at its last word.
                if (const auto n = forward_phrase_at(doc, k, sent.token_end)) {
                    k += n - 1;
                    if (const auto a =
                            subject(doc, s, k - (n - 1), person_at, covered, office_of, seen))
                        if (const auto b = object(doc, s, k + 1, person_at, covered);
                            b && doc.mentions[*a].label != doc.mentions[*b].label)
                            add(doc, s, *a, *b, office_of);
                    continue;
                }
                // Most tokens are lower case already: fold only the others (no copy per token).
                const auto& raw = doc.tokens[k].text;
                const bool upper = std::any_of(raw.begin(), raw.end(),
                                               [](char c) { return c >= 'A' && c <= 'Z'; });
                const std::string folded = upper ? text::to_lower_ascii(raw) : std::string();
                const std::string& word = upper ? folded : raw;
                const bool fwd = w_.forward.count(word) > 0;
                const bool pred = w_.predecessor.count(word) > 0;
                const bool succ = w_.successor.count(word) > 0;
                if (!fwd && !pred && !succ) continue;
                std::optional<std::size_t> a, b;
                if (fwd) {
                    a = subject(doc, s, k, person_at, covered, office_of, seen);
                } else if (k >= sent.token_begin + 2 && doc.tokens[k - 1].text == "'s" &&
                           person_at[k - 2] >= 0) {
                    a = static_cast<std::size_t>(person_at[k - 2]);
                } else if (k > sent.token_begin &&
                           w_.possessives.count(text::to_lower_ascii(doc.tokens[k - 1].text))) {
                    // "A took office after his predecessor B stood aside": the subject's.
                    a = subject(doc, s, k - 1, person_at, covered, office_of, seen);
                }
                if (!a) continue;
                const bool by = k + 1 < sent.token_end && doc.tokens[k + 1].text == "by";
                b = object(doc, s, k + 1 + (by ? 1 : 0), person_at, covered);
                if (!b || doc.mentions[*a].label == doc.mentions[*b].label) continue;
                // "A was replaced by B": B succeeded A.
                const bool passive = fwd && k > sent.token_begin && k + 1 < sent.token_end &&
                                     w_.passive_aux.count(doc.tokens[k - 1].text) &&
                                     doc.tokens[k + 1].text == "by";
                const bool reverse = succ || passive;
                const auto later = reverse ? *b : *a, earlier = reverse ? *a : *b;
                add(doc, s, later, earlier, office_of);
            }
            for (std::size_t k = sent.token_begin; k < sent.token_end; ++k)
                if (person_at[k] >= 0 && (k == 0 || person_at[k - 1] != person_at[k]))
                    seen.push_back(static_cast<std::size_t>(person_at[k]));
        }
    }

  private:
    // Length of the multi-word forward phrase ("took over from") starting at token k, or 0.
    std::size_t forward_phrase_at(const Document& doc, std::size_t k, std::size_t end) const {
        // Most tokens open no phrase: compare the few distinct first words before any phrase.
        if (std::none_of(first_words_.begin(), first_words_.end(), [&](const std::string& w) {
                return text::iequals(doc.tokens[k].text, w);
            }))
            return 0;
        for (const auto& phrase : forward_phrases_) {
            if (k + phrase.size() > end) continue;
            bool same = true;
            for (std::size_t i = 0; i < phrase.size() && same; ++i)
                same = text::iequals(doc.tokens[k + i].text, phrase[i]);  // phrase is lower case
            if (same) return phrase.size();
        }
        return 0;
    }

    std::optional<std::size_t> subject(Document& doc, std::size_t s, std::size_t k,
                                       std::vector<long>& person_at, std::vector<bool>& covered,
                                       const std::map<std::string, std::size_t>& office_of,
                                       const std::vector<std::size_t>& seen) const {
        const auto sent = doc.sentences[s];
        // The subject of the clause is the sentence's: its pronoun, else its first person
        // ("She ..., when Scholz formed his government, replacing B": not Scholz).
        if (w_.pronouns.count(doc.tokens[sent.token_begin].text))
            return pronoun_referent(doc, s, k, office_of, seen);
        // "When A returned as prime minister, B replaced C": the subject follows the clause.
        std::size_t from = sent.token_begin;
        if (w_.subordinators.count(doc.tokens[from].text))
            for (std::size_t q = from; q < k; ++q)
                if (doc.tokens[q].text == ",") {
                    from = q + 1;
                    break;
                }
        for (std::size_t q = from; q < k; ++q)
            if (person_at[q] >= 0) return static_cast<std::size_t>(person_at[q]);
        for (std::size_t q = from; q < k; ++q) {
            if (covered[q] || (q > sent.token_begin && is_name_token(doc.tokens[q - 1], rules_)))
                continue;
            if (const auto n = read_name(doc.tokens, q, k, covered, rules_))
                return add_person(doc, s, q, n, person_at, covered);
        }
        return std::nullopt;
    }

    // "He became Defence Secretary, replacing B": the subject (first person) of the sentence
    // before, when their post is the title this sentence gives; else no guess.
    std::optional<std::size_t> pronoun_referent(const Document& doc, std::size_t s, std::size_t k,
                                                const std::map<std::string, std::size_t>& office_of,
                                                const std::vector<std::size_t>& seen) const {
        if (seen.empty()) return std::nullopt;
        const auto last_sentence = doc.mentions[seen.back()].sentence;
        if (last_sentence + 1 != s) return std::nullopt;
        std::size_t first = seen.back();
        for (auto it = seen.rbegin(); it != seen.rend(); ++it)
            if (doc.mentions[*it].sentence == last_sentence) first = *it;
        const auto office = office_of.find(doc.mentions[first].label);
        if (office == office_of.end()) return std::nullopt;
        for (const auto& m : doc.mentions)
            if (m.kind == MentionKind::title && m.sentence == s && m.token_end <= k &&
                m.label == doc.mentions[office->second].post)
                return first;
        return std::nullopt;
    }

    std::optional<std::size_t> object(Document& doc, std::size_t s, std::size_t from,
                                      std::vector<long>& person_at,
                                      std::vector<bool>& covered) const {
        const auto end = doc.sentences[s].token_end;
        std::size_t q = from;
        if (q < end && doc.tokens[q].text == ",") ++q;
        if (q < end && rules_.determiners.count(doc.tokens[q].text)) {
            ++q;
            // "took over from his father, B": a lower-case noun in apposition before the name.
            for (std::size_t r = q; r < end && r < q + 3; ++r) {
                if (doc.tokens[r].text == ",") {
                    q = r + 1;
                    break;
                }
                if (!std::islower(static_cast<unsigned char>(doc.tokens[r].text[0]))) break;
            }
        }
        // "succeeded in persuading": B starts with a capital, a name or a title.
        if (q >= end || !std::isupper(static_cast<unsigned char>(doc.tokens[q].text[0])))
            return std::nullopt;
        // "replacing Defence Minister B", but never past a clause: "replacing B; C took ...".
        for (std::size_t r = q; r < end && r < q + w_.reach; ++r) {
            if (doc.tokens[r].text == ";" || doc.tokens[r].text == ",") break;
            if (person_at[r] >= 0) return static_cast<std::size_t>(person_at[r]);
        }
        if (const auto n = read_name(doc.tokens, q, end, covered, rules_))
            return add_person(doc, s, q, n, person_at, covered);
        return std::nullopt;
    }

    static std::size_t add_person(Document& doc, std::size_t s, std::size_t b, std::size_t n,
                                  std::vector<long>& person_at, std::vector<bool>& covered) {
        doc.mentions.push_back(person_mention(doc, s, b, n, "succession_ruler"));
        // "Kramp-Karrenbauer had succeeded": the surname of a person named earlier.
        if (auto full = person_ending_with(doc, doc.mentions.back().label))
            doc.mentions.back().label = std::move(*full);
        for (std::size_t k = b; k < b + n; ++k) {
            person_at[k] = static_cast<long>(doc.mentions.size() - 1);
            covered[k] = true;
        }
        return doc.mentions.size() - 1;
    }

    // The office is the one the document gives either of the two (the later holder's first);
    // the other held it too.
    void add(Document& doc, std::size_t s, std::size_t later, std::size_t earlier,
             std::map<std::string, std::size_t>& office_of) const {
        const Span ev = doc.sentences[s].span;
        const auto sentence = static_cast<std::uint32_t>(s);
        // The pipeline runs this ruler again once more people are known: a succession found
        // the first time is not added twice, but the post may be known only now.
        bool known = false;
        for (const auto& o : doc.relations)
            known = known || (o.type == "succeeded" && o.sentence == sentence &&
                              doc.mentions[o.head].label == doc.mentions[later].label &&
                              doc.mentions[o.tail].label == doc.mentions[earlier].label);
        RelationCandidate r{later, earlier, "succeeded", ev, sentence, 0.9, "succession_ruler"};
        auto office = office_of.find(doc.mentions[later].label);
        std::size_t other = earlier;
        if (office == office_of.end()) {
            office = office_of.find(doc.mentions[earlier].label);
            other = later;
        }
        if (office != office_of.end()) {
            if (const auto type = onto_.find_entity_type("Office"))
                r.attrs["office"] =
                    KnowledgeGraph::entity_id(onto_, *type, doc.mentions[office->second].label);
            bool held = false;
            for (const auto& o : doc.relations)
                held = held || (o.type == "holds-office" &&
                                doc.mentions[o.head].label == doc.mentions[other].label &&
                                doc.mentions[o.tail].label == doc.mentions[office->second].label);
            if (!held)
                doc.relations.push_back(
                    {other, office->second, "holds-office", ev, sentence, 0.7, "succession_ruler"});
            // The other now holds it too, for the successions of later sentences.
            const auto office_mention = office->second;
            office_of.try_emplace(doc.mentions[other].label, office_mention);
        }
        if (!known) doc.relations.push_back(std::move(r));
    }

    const TextRules& rules_;
    const Ontology& onto_;
    SuccessionWords w_;
    std::vector<std::vector<std::string>> forward_phrases_;  ///< "took over from", tokenized
    std::vector<std::string> first_words_;  ///< their distinct first words ("took", "takes")
};

}  // namespace

std::unique_ptr<Component> make_succession_ruler(const ComponentContext& ctx) {
    check_config_keys(ctx, {"forward", "predecessor", "successor", "pronouns", "passive_aux",
                            "subordinators", "possessives"});
    SuccessionWords w;
    w.forward = config_words(ctx, "forward");
    w.predecessor = config_words(ctx, "predecessor");
    w.successor = config_words(ctx, "successor");
    w.pronouns = config_words(ctx, "pronouns");
    w.passive_aux = config_words(ctx, "passive_aux");
    w.subordinators = config_words(ctx, "subordinators");
    w.possessives = config_words(ctx, "possessives");
    return std::make_unique<SuccessionRuler>(ctx.lexicon, ctx.ontology, std::move(w));
}

}  // namespace kg::extract
