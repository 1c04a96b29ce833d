#pragma once
// The one object that flows through the extraction pipeline (design §9.4): an article's text, its
// normalized form with an offset map back to the original bytes, tokens, sentences, mentions and
// relation candidates. Components read and extend it; only graph_writer touches the graph.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/types.hpp"

namespace kg::extract {

/// What a mention names. `title` is a post without its country ("Defense Minister"): it becomes an
/// Office only once a country is known.
enum class MentionKind { person, country, organization, office, meeting, agreement, title };

/// A token of the normalized text. `span` is in normalized-text offsets.
struct Token {
    Span span;
    std::string text;
};

/// A sentence: its span in the normalized text and its token range [token_begin, token_end).
struct Sentence {
    Span span;
    std::size_t token_begin = 0;
    std::size_t token_end = 0;
};

struct Mention {
    MentionKind kind = MentionKind::person;
    Span span;                    ///< normalized-text offsets
    std::size_t token_begin = 0;  ///< token range [token_begin, token_end)
    std::size_t token_end = 0;
    std::uint32_t sentence = 0;
    std::string label;                 ///< canonical name (for titles: the generic canonical title)
    std::string surface;               ///< the text as written (an alias of the entity)
    std::string country;               ///< titles and persons: the country qualifying the post
    std::optional<std::size_t> title;  ///< persons: the title mention the text gives them
    std::vector<std::size_t> chained_titles;  ///< persons: earlier titles of a chain ("Deputy
                                              ///< Prime Minister and Defence Minister X")
    std::string post;       ///< offices: the generic title ("Minister of Defense")
    std::string alt_label;  ///< a shorter name of the same thing, used if the corpus knows it
    std::string rule;       ///< which component / rule produced it
    std::map<std::string, std::string> attrs;  ///< entity attributes, e.g. a meeting's "date"
};

struct RelationCandidate {
    RelationCandidate() = default;
    RelationCandidate(std::size_t h, std::size_t t, std::string ty, Span ev, std::uint32_t s,
                      double c, std::string r, std::map<std::string, std::string> a = {})
        : head(h),
          tail(t),
          type(std::move(ty)),
          evidence(ev),
          sentence(s),
          confidence(c),
          rule(std::move(r)),
          attrs(std::move(a)) {}

    std::size_t head = 0;  ///< index into Document::mentions
    std::size_t tail = 0;
    std::string type;  ///< relation type id, e.g. "holds-office"
    Span evidence;     ///< normalized-text offsets
    std::uint32_t sentence = 0;
    double confidence = 1.0;
    std::string rule;
    std::map<std::string, std::string> attrs;  ///< edge attributes, e.g. "office" on succeeded
};

struct Document {
    DocId id = 0;
    DocumentInfo info;
    std::string original;                    ///< the bytes as read
    std::string text;                        ///< normalized text that components match on
    std::vector<std::uint32_t> to_original;  ///< text byte i -> original byte; size text.size()+1
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Mention> mentions;
    std::vector<RelationCandidate> relations;

    /// The original-text span of a normalized-text span.
    Span original_span(Span s) const {
        return Span{to_original.at(s.begin), to_original.at(s.end)};
    }
    /// The original text of sentence `i` (what provenance quotes).
    std::string sentence_quote(std::size_t i) const {
        const Span o = original_span(sentences.at(i).span);
        return original.substr(o.begin, o.end - o.begin);
    }
};

}  // namespace kg::extract
