#pragma once
// The extractor's general knowledge, loaded once from the ontology folder: gazetteers
// (countries, organizations, titles, user files), the country-specific office table, and the
// word lists of rules/*.json. Immutable after load; shared by every pipeline component.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.hpp"
#include "extract/phrase_matcher.hpp"

namespace kg::extract {

/// One line of a gazetteer: a canonical name and the other ways texts write it.
struct GazetteerEntry {
    MentionKind kind = MentionKind::country;
    std::string canonical;
    std::vector<std::string> aliases;
    std::string origin;  ///< "file:line", for messages
};

/// Reads a gazetteer in the `canonical<TAB>alias|alias` format (`#` comments, blank lines
/// skipped). Throws kg::OntologyError naming file:line for a malformed line. O(size).
std::vector<GazetteerEntry> load_gazetteer(const std::filesystem::path& file, MentionKind kind);

/// Reads a user gazetteer in the `Type<TAB>canonical<TAB>alias|alias` format, Type one of Person,
/// Country, Organization, Meeting, Agreement, Title. Throws kg::OntologyError naming file:line.
std::vector<GazetteerEntry> load_user_gazetteer(const std::filesystem::path& file);

/// Parses a mention kind name ("Country", "Title", ...); nullopt when unknown.
std::optional<MentionKind> parse_kind(std::string_view name);

/// Word lists that steer sentence splitting, dates and name shapes (rules/text.json,
/// rules/persons.json).
struct TextRules {
    std::set<std::string, std::less<>>
        abbreviations;  ///< words before '.' that never end a sentence
    std::set<std::string, std::less<>> sentence_starters;  ///< words after "U.S." that do start one
    std::map<std::string, int, std::less<>> months;        ///< "Nov" -> 11, "November" -> 11
    std::set<std::string, std::less<>> month_prepositions;   ///< "in", "since": a month follows
    std::map<std::string, int, std::less<>> weekdays;        ///< "Monday" -> 1 .. "Sunday" -> 7
    std::map<std::string, int, std::less<>> relative_words;  ///< "last" -> -1, "next" -> 1
    std::map<std::string, int, std::less<>> relative_days;   ///< "yesterday" -> -1
    std::set<std::string, std::less<>> future_cues;          ///< "will", "plan": a weekday ahead
    std::set<std::string, std::less<>> name_stopwords;  ///< capitalized words that are never names
    std::set<std::string, std::less<>>
        title_modifiers;  ///< "new", "former" between country and title
    std::set<std::string, std::less<>> counterpart_words;    ///< "counterpart"
    std::set<std::string, std::less<>> membership_words;     ///< "member" in "Senate member and"
    std::set<std::string, std::less<>> appointment_phrases;  ///< "was sworn in as"
    std::set<std::string, std::less<>> name_particles;       ///< "von", "der": inside names
    std::set<std::string, std::less<>> name_suffixes;        ///< "Jr", "III": after a name
    std::set<std::string, std::less<>> person_prefixes;      ///< "General", "Mr": a name, no post
    std::set<std::string, std::less<>> determiners;          ///< "the", "his", "her", "its"
    std::set<std::string, std::less<>>
        byline_words;  ///< "By": a sentence "By <name>" names its author
    std::set<std::string, std::less<>> organization_titles;  ///< posts of a body, not a state
    std::set<std::string, std::less<>> body_words;  ///< "Group": "Jane Roe Group" is no person
    std::set<std::string, std::less<>> speech_verbs;
    std::set<std::string, std::less<>> credit_phrases;  ///< "Reporting by": authors follow
    /// "defence ministers" -> "Minister of Defense": a plural post before a list of names
    std::map<std::string, std::string, std::less<>> plural_titles;
    std::set<std::string, std::less<>> relative_pronouns;  ///< "who" opening a relative clause
    std::set<std::string, std::less<>> home_words;   ///< "country" in "the country's president"
    std::set<std::string, std::less<>> visit_words;  ///< "visited": whose country it is not  ///<
                                                     ///< "said": "Jane Roe said" names a person
    std::size_t name_min_tokens = 2;
    std::size_t name_max_tokens = 3;
};

/// One family of named phrases (rules/phrases.json): a run of capitalized words ending in one of
/// `heads` ("... Declaration", "... Summit") names a thing of `kind`.
struct PhraseFamily {
    MentionKind kind = MentionKind::agreement;
    std::set<std::string, std::less<>> heads;
};

struct PhraseRules {
    std::vector<PhraseFamily> families;
    std::set<std::string, std::less<>> connectors;  ///< lower-case words allowed inside a name
    /// connectors after an agreement's head that carry its subject: "Declaration on Security
    /// Cooperation", "Memorandum of Understanding on Logistics"
    std::set<std::string, std::less<>> complement_connectors;
    std::set<std::string, std::less<>> never_start;  ///< capitalized words that never open a name
    std::map<std::string, int, std::less<>> ordinal_words;  ///< "third" -> 3 ("3rd" in names)
    std::set<std::string, std::less<>> occurrence_words;    ///< "edition": "the second edition"
    std::size_t min_tokens = 2;  ///< words in a name, ordinal not counted
};

/// One sentence-level relation pattern (rules/relation_patterns.json).
struct RelationPattern {
    enum class Form {
        active,
        passive,
        cooccur,
        preposition,
        adjacent,
        described,
        listed,
        delegation,
        predicate
    };
    std::string relation;  ///< relation type id
    MentionKind head = MentionKind::person;
    MentionKind tail = MentionKind::meeting;
    Form form = Form::active;
    std::set<std::string, std::less<>>
        verbs;  ///< trigger words (the preposition for `preposition`)
    /// `delegation`: "side", "delegation", "talks"; `predicate`: "member"
    std::set<std::string, std::less<>> nouns;
    std::string origin;  ///< "file: /patterns/3", for messages
};

class Lexicon {
  public:
    /// Loads `ontology_dir`/pipeline.json's "gazetteers" list, gazetteers/offices.tsv,
    /// rules/text.json, rules/persons.json and the user gazetteers `extra`. Throws
    /// kg::OntologyError naming the file (and line) of any fault.
    static Lexicon load(const std::filesystem::path& ontology_dir,
                        const std::vector<std::filesystem::path>& extra = {});

    /// Builds from entries and rules directly (tests); no phrase families.
    static Lexicon from_entries(
        std::vector<GazetteerEntry> entries, TextRules rules,
        std::map<std::pair<std::string, std::string>, std::string> offices = {});

    const std::vector<GazetteerEntry>& entries() const noexcept { return entries_; }
    const PhraseMatcher& matcher() const noexcept { return matcher_; }
    const TextRules& rules() const noexcept { return rules_; }
    const PhraseRules& phrases() const noexcept { return phrases_; }
    const std::vector<RelationPattern>& relation_patterns() const noexcept { return patterns_; }

    /// The official name of generic post `title` in `country` ("Minister of Defense", "South
    /// Korea" -> "Minister of National Defense"); the generic title when the table has none.
    std::string office_title(const std::string& title, const std::string& country) const;

    /// The countries that alone call a post `surface` ("Secretary of State" -> United States),
    /// from offices.tsv's fourth column; empty for forms many countries use.
    std::set<std::string> countries_styling(const std::string& surface) const;

    /// True when `country` has forms of its own for the generic `title` (offices.tsv's fourth
    /// column) and `surface` is none of them: the US is never a "Foreign Minister".
    bool styled_otherwise(const std::string& title, const std::string& country,
                          const std::string& surface) const;

  private:
    void index();

    std::vector<GazetteerEntry> entries_;
    PhraseMatcher matcher_;
    TextRules rules_;
    PhraseRules phrases_;
    std::vector<RelationPattern> patterns_;
    std::map<std::pair<std::string, std::string>, std::string> offices_;
    std::map<std::string, std::set<std::string>> styles_;         ///< lower-case form -> countries
    std::set<std::pair<std::string, std::string>> styled_posts_;  ///< (title, country) with forms
};

}  // namespace kg::extract
