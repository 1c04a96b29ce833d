#include "extract/facts_file.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <charconv>
#include <fstream>

#include "util/atomic_file.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

namespace kg::extract {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr std::array<std::pair<MentionKind, const char*>, 7> kKinds = {{
    {MentionKind::person, "person"},
    {MentionKind::country, "country"},
    {MentionKind::organization, "organization"},
    {MentionKind::office, "office"},
    {MentionKind::meeting, "meeting"},
    {MentionKind::agreement, "agreement"},
    {MentionKind::title, "title"},
}};

void put(Writer& w, const std::string& s) { w.String(s.data(), static_cast<unsigned>(s.size())); }

void put_attrs(Writer& w, const std::map<std::string, std::string>& attrs) {
    w.StartObject();
    for (const auto& [k, v] : attrs) {
        put(w, k);
        put(w, v);
    }
    w.EndObject();
}

// Confidences go as the shortest decimal that reads back to the same double (std::to_chars), in
// a string: the graph must come out identical, and RapidJSON's default number parsing is not
// always correctly rounded.
std::string exact(double x) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}

std::string document_line(const DocumentFacts& d) {
    rapidjson::StringBuffer sb;
    Writer w(sb);
    w.StartObject();
    w.Key("file");
    put(w, d.info.file);
    w.Key("date");
    put(w, d.info.date);
    w.Key("source");
    put(w, d.info.source);
    w.Key("title");
    put(w, d.info.title);
    w.Key("mentions");
    w.StartArray();
    for (const auto& m : d.mentions) {
        w.StartArray();
        w.String(kKinds.at(static_cast<std::size_t>(m.kind)).second);
        w.Uint(m.span.begin);
        w.Uint(m.span.end);
        w.Uint(m.sentence);
        for (const auto* s : {&m.label, &m.surface, &m.country, &m.post, &m.alt_label, &m.rule})
            put(w, *s);
        put_attrs(w, m.attrs);
        w.EndArray();
    }
    w.EndArray();
    w.Key("relations");
    w.StartArray();
    for (const auto& r : d.relations) {
        w.StartArray();
        w.Uint64(r.head);
        w.Uint64(r.tail);
        put(w, r.type);
        w.Uint(r.evidence.begin);
        w.Uint(r.evidence.end);
        w.Uint(r.sentence);
        put(w, exact(r.confidence));
        put(w, r.rule);
        put_attrs(w, r.attrs);
        w.EndArray();
    }
    w.EndArray();
    w.Key("quotes");
    w.StartArray();
    for (const auto& [s, q] : d.quotes) {
        w.StartArray();
        w.Uint(s);
        put(w, q);
        w.EndArray();
    }
    w.EndArray();
    w.EndObject();
    return std::string(sb.GetString(), sb.GetSize());
}

// Reading: every shape check names the file and line.
struct Reader {
    std::string where;

    [[noreturn]] void fail(const std::string& what) const {
        throw InputError("KG-E130", where + ": " + what + " (not a kgraph facts file?)");
    }
    const rapidjson::Value& member(const rapidjson::Value& o, const char* key) const {
        if (!o.IsObject() || !o.HasMember(key)) fail(std::string("no '") + key + "'");
        return o[key];
    }
    std::string str(const rapidjson::Value& v) const {
        if (!v.IsString()) fail("expected a string");
        return {v.GetString(), v.GetStringLength()};
    }
    std::uint32_t u32(const rapidjson::Value& v) const {
        if (!v.IsUint()) fail("expected an unsigned integer");
        return v.GetUint();
    }
    std::size_t index(const rapidjson::Value& v) const {
        if (!v.IsUint64()) fail("expected an unsigned integer");
        return static_cast<std::size_t>(v.GetUint64());
    }
    const rapidjson::Value& array(const rapidjson::Value& v, rapidjson::SizeType size = 0) const {
        if (!v.IsArray() || (size && v.Size() != size))
            fail(size ? "expected an array of " + std::to_string(size) : "expected an array");
        return v;
    }
    std::map<std::string, std::string> attrs(const rapidjson::Value& v) const {
        if (!v.IsObject()) fail("expected an object of attributes");
        std::map<std::string, std::string> out;
        for (const auto& m : v.GetObject()) out.emplace(str(m.name), str(m.value));
        return out;
    }
    double number(const rapidjson::Value& v) const {
        const std::string s = str(v);
        double x = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), x);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size()) fail("bad number '" + s + "'");
        return x;
    }

    DocumentFacts document(const rapidjson::Value& o) const {
        DocumentFacts d;
        d.info.file = str(member(o, "file"));
        d.info.date = str(member(o, "date"));
        d.info.source = str(member(o, "source"));
        d.info.title = str(member(o, "title"));
        for (const auto& a : array(member(o, "mentions")).GetArray()) {
            array(a, 11);
            Mention m;
            const std::string kind = str(a[0]);
            bool known = false;
            for (const auto& [k, name] : kKinds)
                if (kind == name) m.kind = k, known = true;
            if (!known) fail("unknown mention kind '" + kind + "'");
            m.span = Span{u32(a[1]), u32(a[2])};
            m.sentence = u32(a[3]);
            std::string* fields[] = {&m.label, &m.surface,   &m.country,
                                     &m.post,  &m.alt_label, &m.rule};
            for (rapidjson::SizeType i = 0; i < 6; ++i) *fields[i] = str(a[4 + i]);
            m.attrs = attrs(a[10]);
            d.mentions.push_back(std::move(m));
        }
        for (const auto& a : array(member(o, "relations")).GetArray()) {
            array(a, 9);
            RelationCandidate r;
            r.head = index(a[0]);
            r.tail = index(a[1]);
            if (r.head >= d.mentions.size() || r.tail >= d.mentions.size())
                fail("a relation names a mention the document does not have");
            r.type = str(a[2]);
            r.evidence = Span{u32(a[3]), u32(a[4])};
            r.sentence = u32(a[5]);
            r.confidence = number(a[6]);
            r.rule = str(a[7]);
            r.attrs = attrs(a[8]);
            d.relations.push_back(std::move(r));
        }
        for (const auto& a : array(member(o, "quotes")).GetArray()) {
            array(a, 2);
            d.quotes.emplace(u32(a[0]), str(a[1]));
        }
        // The writer quotes every sentence a node or edge cites; a file without them is damaged.
        for (const auto& m : d.mentions)
            if (m.kind != MentionKind::title && !d.quotes.count(m.sentence))
                fail("a mention cites sentence " + std::to_string(m.sentence) +
                     ", which has no quote");
        return d;
    }
};

}  // namespace

void write_facts_file(const std::filesystem::path& path, const FactsFile& facts) {
    write_file_atomically(path, [&](std::ostream& os) {
        rapidjson::StringBuffer sb;
        Writer w(sb);
        w.StartObject();
        w.Key("kgraph_facts");
        w.Int(kFactsFormat);
        w.Key("ontology");
        put(w, facts.header.ontology_version);
        w.Key("gazetteers");
        w.StartArray();
        for (const auto& g : facts.header.gazetteers) put(w, g);
        w.EndArray();
        w.Key("documents");
        w.Uint64(facts.documents.size());
        w.EndObject();
        os << sb.GetString() << '\n';
        for (const auto& d : facts.documents) os << document_line(d) << '\n';
    });
}

FactsFile read_facts_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("KG-E131", path.string() + ": cannot open the facts file.");
    FactsFile out;
    std::string line;
    Reader r{path.string() + ":1"};
    if (!std::getline(in, line)) r.fail("empty file");
    const auto head = json::parse(line, r.where);
    const auto& version = r.member(head, "kgraph_facts");
    if (!version.IsInt() || version.GetInt() != kFactsFormat)
        r.fail("facts format " + std::to_string(version.IsInt() ? version.GetInt() : -1) +
               ", this kgraph reads " + std::to_string(kFactsFormat));
    out.header.ontology_version = r.str(r.member(head, "ontology"));
    for (const auto& g : r.array(r.member(head, "gazetteers")).GetArray())
        out.header.gazetteers.push_back(r.str(g));
    const std::size_t expected = r.index(r.member(head, "documents"));
    for (std::size_t n = 2; std::getline(in, line); ++n) {
        r.where = path.string() + ":" + std::to_string(n);
        out.documents.push_back(r.document(json::parse(line, r.where)));
    }
    if (in.bad()) throw InputError("KG-E131", path.string() + ": read error.");
    // The header's count catches a file cut short (a copy that stopped half-way).
    if (out.documents.size() != expected)
        throw InputError("KG-E130", path.string() + ": the header announces " +
                                        std::to_string(expected) + " documents, the file has " +
                                        std::to_string(out.documents.size()) + " (truncated?).");
    return out;
}

}  // namespace kg::extract
