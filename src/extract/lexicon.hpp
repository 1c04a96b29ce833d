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
#include "util/word_set.hpp"

namespace kg::extract {

/// One line of a gazetteer: a canonical name and the other ways texts write it.
struct GazetteerEntry {
    MentionKind kind = MentionKind::country;
    std::string canonical;
    std::vector<std::string> aliases;
    std::string origin;  ///< "file:line", for messages
    /// A phrase that is no thing's name ("South American"): matched so that no shorter entry
    /// inside it ("American") is, then dropped (gazetteer type "NotAName").
    bool blocker = false;
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
    WordSet abbreviations;        ///< words before '.' that never end a sentence
    WordSet sentence_starters;    ///< words after "U.S." that do start one
    WordMap<int> months;          ///< "Nov" -> 11, "November" -> 11
    WordSet month_prepositions;   ///< "in", "since": a month follows
    WordMap<int> weekdays;        ///< "Monday" -> 1 .. "Sunday" -> 7
    WordMap<int> relative_words;  ///< "last" -> -1, "next" -> 1
    WordMap<int> relative_days;   ///< "yesterday" -> -1
    WordSet future_cues;          ///< "will", "plan": a weekday ahead
    WordSet name_stopwords;       ///< capitalized words that are never names
    WordSet title_modifiers;      ///< "new", "former" between country and title
    WordSet past_modifiers;       ///< "former", "first": the title is a past holder's
    WordSet counterpart_words;    ///< "counterpart"
    WordSet membership_words;     ///< "member" in "Senate member and"
    WordSet appointment_phrases;  ///< "was sworn in as"
    WordSet name_particles;       ///< "von", "der": inside names
    WordSet name_suffixes;        ///< "Jr", "III": after a name
    WordSet person_prefixes;      ///< "General", "Mr": a name, no post
    WordSet determiners;          ///< "the", "his", "her", "its"
    WordSet byline_words;         ///< "By": a sentence "By <name>" names its author
    WordSet organization_titles;  ///< posts of a body, not a state
    WordSet body_words;           ///< "Group": "Jane Roe Group" is no person
    WordSet speech_verbs;         ///< "said": "Jane Roe said" names a person
    /// Given names ("Rishi") and family names written first ("Kim"): a run of name words opening
    /// with one is a person's name wherever it stands (the files of persons.json "name_lists").
    WordSet given_names;
    WordSet surnames_first;
    WordSet credit_phrases;  ///< "Reporting by": authors follow
    /// "defence ministers" -> "Minister of Defense": a plural post before a list of names
    WordMap<std::string> plural_titles;
    WordSet relative_pronouns;  ///< "who" opening a relative clause
    WordSet home_words;         ///< "country" in "the country's president"
    WordSet visit_words;        ///< "visited": whose country it is not
    std::size_t name_min_tokens = 2;
    std::size_t name_max_tokens = 3;
};

/// One family of named phrases (rules/phrases.json): a run of capitalized words ending in one of
/// `heads` ("... Declaration", "... Summit") names a thing of `kind`.
struct PhraseFamily {
    MentionKind kind = MentionKind::agreement;
    WordSet heads;
};

struct PhraseRules {
    std::vector<PhraseFamily> families;
    WordSet connectors;  ///< lower-case words allowed inside a name
    /// connectors after an agreement's head that carry its subject: "Declaration on Security
    /// Cooperation", "Memorandum of Understanding on Logistics"
    WordSet complement_connectors;
    WordSet never_start;         ///< capitalized words that never open a name
    WordMap<int> ordinal_words;  ///< "third" -> 3 ("3rd" in names)
    WordSet occurrence_words;    ///< "edition": "the second edition"
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
        predicate,
        roster
    };
    std::string relation;  ///< relation type id
    MentionKind head = MentionKind::person;
    MentionKind tail = MentionKind::meeting;
    Form form = Form::active;
    WordSet verbs;  ///< trigger words (the preposition for `preposition`)
    /// `delegation`: "side", "delegation", "talks"; `predicate`: "member"; `roster`: the words
    /// that open the list (",", ":", "including")
    WordSet nouns;
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
