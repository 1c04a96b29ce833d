#include "extract/lexicon.hpp"

#include <fstream>

#include "util/error.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace kg::extract {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxDataFileBytes = std::size_t{64} << 20;

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw OntologyError("KG-E210", where + ": " + what);
}

std::string read_data_file(const fs::path& file) {
    try {
        return json::read_file(file, kMaxDataFileBytes);
    } catch (const InputError& e) {
        throw OntologyError("KG-E211", e.what());
    }
}

// Calls fn(fields, "file:line") for every non-comment, non-blank line of a TSV file.
template <class Fn>
void for_each_tsv_line(const fs::path& file, Fn fn) {
    const std::string data = read_data_file(file);
    if (auto bad = text::find_invalid_utf8(data))
        fail(file.string(), "invalid UTF-8 at byte " + std::to_string(*bad) + ".");
    std::size_t line_no = 0;
    for (auto line : text::split(data, '\n')) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (text::trim(line).empty() || text::trim(line).front() == '#') continue;
        fn(text::split(line, '\t'), file.string() + ":" + std::to_string(line_no));
    }
}

std::vector<std::string> parse_aliases(const std::string& field) {
    std::vector<std::string> out;
    for (const auto& a : text::split(field, '|')) {
        auto alias = text::collapse_spaces(a);
        if (!alias.empty()) out.push_back(std::move(alias));
    }
    return out;
}

GazetteerEntry make_entry(MentionKind kind, const std::string& canonical,
                          const std::string& aliases, const std::string& where) {
    GazetteerEntry e;
    e.kind = kind;
    e.canonical = text::collapse_spaces(canonical);
    if (e.canonical.empty()) fail(where, "empty canonical name.");
    e.aliases = parse_aliases(aliases);
    e.origin = where;
    return e;
}

WordSet string_set(const rapidjson::Value& obj, const char* key, const std::string& origin) {
    WordSet out;
    if (!obj.HasMember(key)) return out;
    const auto& v = obj[key];
    if (!v.IsArray()) fail(origin, std::string("/") + key + ": expected an array of strings.");
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
        if (!v[i].IsString())
            fail(origin, std::string("/") + key + "/" + std::to_string(i) + ": expected a string.");
        out.emplace(v[i].GetString(), v[i].GetStringLength());
    }
    return out;
}

rapidjson::Document parse_json_file(const fs::path& file) {
    try {
        return json::parse(read_data_file(file), file.string());
    } catch (const InputError& e) {
        throw OntologyError("KG-E212", e.what());
    }
}

// An optional object of word -> string ("defence ministers": "Minister of Defense").
std::map<std::string, std::string> string_map(const rapidjson::Value& parent, const char* key,
                                              const std::string& pointer,
                                              const std::string& origin) {
    std::map<std::string, std::string> out;
    if (!parent.HasMember(key)) return out;
    const auto& m = parent[key];
    if (!m.IsObject()) fail(origin, pointer + ": expected an object of word -> string.");
    for (auto it = m.MemberBegin(); it != m.MemberEnd(); ++it) {
        if (!it->value.IsString())
            fail(origin, pointer + "/" + it->name.GetString() + ": expected a string.");
        out[it->name.GetString()] = it->value.GetString();
    }
    return out;
}

// An optional object of word -> integer in [lo, hi] ("Monday": 1).
WordMap<int> int_map(const rapidjson::Value& parent, const char* key, const std::string& pointer,
                     int lo, int hi, const std::string& origin) {
    WordMap<int> out;
    if (!parent.HasMember(key)) return out;
    const auto& m = parent[key];
    if (!m.IsObject()) fail(origin, pointer + ": expected an object of word -> number.");
    for (auto it = m.MemberBegin(); it != m.MemberEnd(); ++it) {
        if (!it->value.IsInt() || it->value.GetInt() < lo || it->value.GetInt() > hi)
            fail(origin, pointer + "/" + it->name.GetString() + ": expected " + std::to_string(lo) +
                             ".." + std::to_string(hi) + ".");
        out[it->name.GetString()] = it->value.GetInt();
    }
    return out;
}

void load_text_rules(const fs::path& file, TextRules& r) {
    const auto doc = parse_json_file(file);
    const auto origin = file.string();
    if (!doc.IsObject()) fail(origin, "expected a JSON object.");
    r.abbreviations = string_set(doc, "abbreviations", origin);
    r.sentence_starters = string_set(doc, "sentence_starters", origin);
    if (doc.HasMember("months")) {
        const auto& m = doc["months"];
        if (!m.IsObject()) fail(origin, "/months: expected an object of name -> 1..12.");
        for (auto it = m.MemberBegin(); it != m.MemberEnd(); ++it) {
            if (!it->value.IsInt() || it->value.GetInt() < 1 || it->value.GetInt() > 12)
                fail(origin, std::string("/months/") + it->name.GetString() + ": expected 1..12.");
            r.months[it->name.GetString()] = it->value.GetInt();
        }
    }
    r.month_prepositions = string_set(doc, "month_prepositions", origin);
    r.weekdays = int_map(doc, "weekdays", "/weekdays", 1, 7, origin);
    if (doc.HasMember("relative_dates")) {
        const auto& rd = doc["relative_dates"];
        if (!rd.IsObject()) fail(origin, "/relative_dates: expected an object.");
        r.relative_words = int_map(rd, "words", "/relative_dates/words", -1, 1, origin);
        r.relative_days = int_map(rd, "days", "/relative_dates/days", -1, 1, origin);
        r.future_cues = string_set(rd, "future_cues", origin);
    }
}

// One word per line (`#` comments and blank lines skipped), e.g. gazetteers/given_names.txt.
WordSet load_word_list(const fs::path& file, const std::string& where) {
    WordSet out;
    for_each_tsv_line(file, [&](const std::vector<std::string>& f, const std::string& line) {
        const auto word = std::string(text::trim(f[0]));
        if (f.size() != 1 || word.find(' ') != std::string::npos)
            fail(line, "expected one word per line (" + where + ").");
        out.insert(word);
    });
    return out;
}

void load_person_rules(const fs::path& file, TextRules& r) {
    const auto doc = parse_json_file(file);
    const auto origin = file.string();
    if (!doc.IsObject()) fail(origin, "expected a JSON object.");
    r.name_stopwords = string_set(doc, "name_stopwords", origin);
    r.title_modifiers = string_set(doc, "title_modifiers", origin);
    r.past_modifiers = string_set(doc, "past_modifiers", origin);
    r.name_particles = string_set(doc, "name_particles", origin);
    r.name_suffixes = string_set(doc, "name_suffixes", origin);
    r.person_prefixes = string_set(doc, "person_prefixes", origin);
    r.counterpart_words = string_set(doc, "counterpart_words", origin);
    r.determiners = string_set(doc, "determiners", origin);
    r.byline_words = string_set(doc, "byline_words", origin);
    r.organization_titles = string_set(doc, "organization_titles", origin);
    r.membership_words = string_set(doc, "membership_words", origin);
    r.appointment_phrases = string_set(doc, "appointment_phrases", origin);
    r.speech_verbs = string_set(doc, "speech_verbs", origin);
    r.credit_phrases = string_set(doc, "credit_phrases", origin);
    for (const auto& [phrase, title] : string_map(doc, "plural_titles", "/plural_titles", origin))
        r.plural_titles[text::to_lower_ascii(phrase)] = title;
    r.relative_pronouns = string_set(doc, "relative_pronouns", origin);
    r.home_words = string_set(doc, "home_words", origin);
    r.visit_words = string_set(doc, "visit_words", origin);
    r.body_words = string_set(doc, "body_words", origin);
    for (const char* key : {"name_min_tokens", "name_max_tokens"}) {
        if (!doc.HasMember(key)) continue;
        if (!doc[key].IsUint() || doc[key].GetUint() < 1 || doc[key].GetUint() > 6)
            fail(origin, std::string("/") + key + ": expected an integer 1..6.");
        (std::string_view(key) == "name_min_tokens" ? r.name_min_tokens : r.name_max_tokens) =
            doc[key].GetUint();
    }
    if (r.name_min_tokens > r.name_max_tokens)
        fail(origin, "name_min_tokens is larger than name_max_tokens.");
    // "name_lists": {"given_names": "gazetteers/given_names.txt", ...}, paths from the ontology.
    if (doc.HasMember("name_lists")) {
        const auto lists = string_map(doc, "name_lists", "/name_lists", origin);
        const auto dir = file.parent_path().parent_path();
        for (const auto& [key, path] : lists) {
            if (key == "given_names")
                r.given_names = load_word_list(dir / path, origin + ": /name_lists/given_names");
            else if (key == "surnames_first")
                r.surnames_first =
                    load_word_list(dir / path, origin + ": /name_lists/surnames_first");
            else
                fail(origin, "/name_lists/" + key + ": expected given_names or surnames_first.");
        }
    }
}

void load_phrase_rules(const fs::path& file, PhraseRules& r) {
    const auto doc = parse_json_file(file);
    const auto origin = file.string();
    if (!doc.IsObject() || !doc.HasMember("families") || !doc["families"].IsArray())
        fail(origin, "/families: expected an array of {\"type\", \"heads\"}.");
    const auto& fams = doc["families"];
    for (rapidjson::SizeType i = 0; i < fams.Size(); ++i) {
        const auto where = origin + ": /families/" + std::to_string(i);
        const auto& f = fams[i];
        if (!f.IsObject() || !f.HasMember("type") || !f["type"].IsString())
            fail(where, "expected {\"type\": string, \"heads\": [strings]}.");
        const auto kind = parse_kind(f["type"].GetString());
        if (!kind || *kind == MentionKind::title || *kind == MentionKind::office ||
            *kind == MentionKind::person)
            fail(where, std::string("/type: '") + f["type"].GetString() +
                            "' is not Meeting, Agreement, Organization or Country.");
        PhraseFamily fam;
        fam.kind = *kind;
        fam.heads = string_set(f, "heads", where);
        if (fam.heads.empty()) fail(where, "/heads: expected at least one head word.");
        r.families.push_back(std::move(fam));
    }
    r.connectors = string_set(doc, "connectors", origin);
    r.complement_connectors = string_set(doc, "complement_connectors", origin);
    r.occurrence_words = string_set(doc, "occurrence_words", origin);
    r.never_start = string_set(doc, "never_start", origin);
    r.ordinal_words = int_map(doc, "ordinal_words", "/ordinal_words", 1, 999, origin);
    if (doc.HasMember("min_tokens")) {
        if (!doc["min_tokens"].IsUint() || doc["min_tokens"].GetUint() < 1)
            fail(origin, "/min_tokens: expected a positive integer.");
        r.min_tokens = doc["min_tokens"].GetUint();
    }
}

void load_relation_patterns(const fs::path& file, std::vector<RelationPattern>& out) {
    const auto doc = parse_json_file(file);
    const auto origin = file.string();
    if (!doc.IsObject() || !doc.HasMember("patterns") || !doc["patterns"].IsArray())
        fail(origin, "/patterns: expected an array.");
    const auto& list = doc["patterns"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
        const auto where = origin + ": /patterns/" + std::to_string(i);
        const auto& p = list[i];
        for (const char* key : {"relation", "head", "tail", "form"})
            if (!p.IsObject() || !p.HasMember(key) || !p[key].IsString())
                fail(where, std::string("/") + key + ": expected a string.");
        RelationPattern r;
        r.origin = where;
        r.relation = p["relation"].GetString();
        const auto head = parse_kind(p["head"].GetString());
        const auto tail = parse_kind(p["tail"].GetString());
        if (!head || *head == MentionKind::title) fail(where, "/head: unknown type.");
        if (!tail || *tail == MentionKind::title) fail(where, "/tail: unknown type.");
        r.head = *head;
        r.tail = *tail;
        const std::string form = p["form"].GetString();
        if (form == "active")
            r.form = RelationPattern::Form::active;
        else if (form == "passive")
            r.form = RelationPattern::Form::passive;
        else if (form == "cooccur")
            r.form = RelationPattern::Form::cooccur;
        else if (form == "preposition")
            r.form = RelationPattern::Form::preposition;
        else if (form == "adjacent")
            r.form = RelationPattern::Form::adjacent;
        else if (form == "described")
            r.form = RelationPattern::Form::described;
        else if (form == "listed")
            r.form = RelationPattern::Form::listed;
        else if (form == "delegation")
            r.form = RelationPattern::Form::delegation;
        else if (form == "predicate")
            r.form = RelationPattern::Form::predicate;
        else if (form == "roster")
            r.form = RelationPattern::Form::roster;
        else
            fail(where, "/form: '" + form +
                            "' is not active, passive, cooccur, preposition, adjacent, described, "
                            "listed, delegation, predicate or roster.");
        r.verbs = string_set(p, "verbs", where);
        r.nouns = string_set(p, "nouns", where);
        if ((r.form == RelationPattern::Form::delegation ||
             r.form == RelationPattern::Form::predicate ||
             r.form == RelationPattern::Form::roster) &&
            r.nouns.empty())
            fail(where, "/nouns: a " + form + " pattern needs at least one noun.");
        if (r.verbs.empty()) fail(where, "/verbs: expected at least one word.");
        out.push_back(std::move(r));
    }
}

}  // namespace

std::optional<MentionKind> parse_kind(std::string_view name) {
    if (name == "Person") return MentionKind::person;
    if (name == "Country") return MentionKind::country;
    if (name == "Organization") return MentionKind::organization;
    if (name == "Meeting") return MentionKind::meeting;
    if (name == "Agreement") return MentionKind::agreement;
    if (name == "Title") return MentionKind::title;
    return std::nullopt;
}

std::vector<GazetteerEntry> load_gazetteer(const fs::path& file, MentionKind kind) {
    std::vector<GazetteerEntry> out;
    for_each_tsv_line(file, [&](const std::vector<std::string>& f, const std::string& where) {
        if (f.size() > 2)
            fail(where, "expected 'canonical<TAB>alias|alias', found " + std::to_string(f.size()) +
                            " tab-separated fields.");
        out.push_back(make_entry(kind, f[0], f.size() > 1 ? f[1] : "", where));
    });
    return out;
}

std::vector<GazetteerEntry> load_user_gazetteer(const fs::path& file) {
    std::vector<GazetteerEntry> out;
    for_each_tsv_line(file, [&](const std::vector<std::string>& f, const std::string& where) {
        if (f.size() < 2 || f.size() > 3)
            fail(where, "expected 'Type<TAB>canonical<TAB>alias|alias', found " +
                            std::to_string(f.size()) + " tab-separated fields.");
        const auto kind = parse_kind(text::trim(f[0]));
        if (!kind || *kind == MentionKind::office)
            fail(where,
                 "unknown type '" + f[0] +
                     "' (expected Person, Country, Organization, Meeting, Agreement or Title).");
        out.push_back(make_entry(*kind, f[1], f.size() > 2 ? f[2] : "", where));
    });
    return out;
}

Lexicon Lexicon::load(const fs::path& ontology_dir, const std::vector<fs::path>& extra) {
    Lexicon lx;
    const auto pipeline_file = ontology_dir / "pipeline.json";
    const auto pipeline = parse_json_file(pipeline_file);
    const auto origin = pipeline_file.string();
    if (!pipeline.IsObject() || !pipeline.HasMember("gazetteers") ||
        !pipeline["gazetteers"].IsArray())
        fail(origin, "/gazetteers: expected an array of {\"file\", \"type\"}.");
    const auto& list = pipeline["gazetteers"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
        const auto where = origin + ": /gazetteers/" + std::to_string(i);
        const auto& g = list[i];
        if (!g.IsObject() || !g.HasMember("file") || !g["file"].IsString() ||
            !g.HasMember("type") || !g["type"].IsString())
            fail(where, "expected {\"file\": string, \"type\": string}.");
        const bool blocker = std::string_view(g["type"].GetString()) == "NotAName";
        const auto kind = blocker ? MentionKind::country : parse_kind(g["type"].GetString());
        if (!kind || *kind == MentionKind::office)
            fail(where, std::string("unknown type '") + g["type"].GetString() + "'.");
        for (auto& e : load_gazetteer(ontology_dir / g["file"].GetString(), *kind)) {
            e.blocker = blocker;
            lx.entries_.push_back(std::move(e));
        }
    }
    for_each_tsv_line(
        ontology_dir / "gazetteers" / "offices.tsv",
        [&](const std::vector<std::string>& f, const std::string& where) {
            if (f.size() != 3 && f.size() != 4)
                fail(where,
                     "expected 'generic title<TAB>country<TAB>official title"
                     "[<TAB>forms used only in that country]'.");
            const auto country = text::collapse_spaces(f[1]);
            lx.offices_[{text::collapse_spaces(f[0]), country}] = text::collapse_spaces(f[2]);
            if (f.size() == 4) lx.styled_posts_.emplace(text::collapse_spaces(f[0]), country);
            if (f.size() == 4)
                for (const auto& form : text::split(f[3], '|'))
                    if (!text::trim(form).empty())
                        lx.styles_[text::to_lower_ascii(
                                       text::collapse_spaces(std::string(text::trim(form))))]
                            .insert(country);
        });
    load_text_rules(ontology_dir / "rules" / "text.json", lx.rules_);
    load_person_rules(ontology_dir / "rules" / "persons.json", lx.rules_);
    load_phrase_rules(ontology_dir / "rules" / "phrases.json", lx.phrases_);
    load_relation_patterns(ontology_dir / "rules" / "relation_patterns.json", lx.patterns_);
    for (const auto& file : extra)
        for (auto& e : load_user_gazetteer(file)) lx.entries_.push_back(std::move(e));
    lx.index();
    return lx;
}

Lexicon Lexicon::from_entries(std::vector<GazetteerEntry> entries, TextRules rules,
                              std::map<std::pair<std::string, std::string>, std::string> offices) {
    Lexicon lx;
    lx.entries_ = std::move(entries);
    lx.rules_ = std::move(rules);
    lx.offices_ = std::move(offices);
    lx.index();
    return lx;
}

void Lexicon::index() {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        matcher_.add(entries_[i].canonical, i);
        for (const auto& a : entries_[i].aliases) matcher_.add(a, i);
    }
}

std::set<std::string> Lexicon::countries_styling(const std::string& surface) const {
    const auto it = styles_.find(text::to_lower_ascii(text::collapse_spaces(surface)));
    return it == styles_.end() ? std::set<std::string>{} : it->second;
}

bool Lexicon::styled_otherwise(const std::string& title, const std::string& country,
                               const std::string& surface) const {
    return styled_posts_.count({title, country}) && !countries_styling(surface).count(country);
}

std::string Lexicon::office_title(const std::string& title, const std::string& country) const {
    const auto it = offices_.find({title, country});
    return it == offices_.end() ? title : it->second;
}

}  // namespace kg::extract
