#include "export/attr_values.hpp"

#include <algorithm>
#include <charconv>

#include "export/escape.hpp"
#include "export/json_out.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

namespace kg::exporters {

std::string json_strings(const std::vector<std::string>& items, const std::string& what) {
    CheckedJson<CompactJsonWriter> j(what);
    j.start_array();
    for (const auto& s : items) j.string(s);
    j.end_array();
    return j.str();
}

std::string json_map(const std::map<std::string, std::string>& items, const std::string& what) {
    CheckedJson<CompactJsonWriter> j(what);
    j.start_object();
    for (const auto& [k, v] : items) j.member(k, v);
    j.end_object();
    return j.str();
}

std::string json_evidence(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence,
                          const std::string& what) {
    CheckedJson<CompactJsonWriter> j(what);
    j.start_array();
    for (const auto& p : evidence) {
        if (p.doc >= kg.documents().size())
            throw ExportError("KG-E421", what + ": evidence cites document #" +
                                             std::to_string(p.doc) + ", which is not registered.");
        const auto& doc = kg.documents()[p.doc];
        j.start_object();
        j.member("doc", doc.file);
        j.member("date", doc.date);
        j.key("sentence");
        j.uint(p.sentence);
        j.key("span");
        j.start_array();
        j.uint(p.span.begin);
        j.uint(p.span.end);
        j.end_array();
        j.member("quote", p.quote);
        j.end_object();
    }
    j.end_array();
    return j.str();
}

std::string json_documents(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence,
                           const std::string& what) {
    std::vector<std::string> files;
    for (const auto& p : evidence)
        if (p.doc < kg.documents().size()) files.push_back(kg.documents()[p.doc].file);
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return json_strings(files, what);
}

std::pair<std::string, std::string> date_range(const KnowledgeGraph& kg,
                                               const std::vector<Provenance>& evidence) {
    std::string first, last;
    for (const auto& p : evidence) {
        if (p.doc >= kg.documents().size()) continue;
        const std::string& d = kg.documents()[p.doc].date;
        if (d.empty()) continue;
        if (first.empty() || d < first) first = d;
        if (last.empty() || d > last) last = d;
    }
    return {first, last};
}

std::array<int, 3> rgb(const std::string& color) {
    const std::string c = color_or_default(color);
    std::array<int, 3> out{};
    for (std::size_t i = 0; i < 3; ++i) {
        int v = 0;
        std::from_chars(c.data() + 1 + 2 * i, c.data() + 3 + 2 * i, v, 16);
        out[i] = v;
    }
    return out;
}

std::vector<Provenance> read_json_evidence(GraphBuilder& b, const std::string& text,
                                           const std::string& where) {
    std::vector<Provenance> out;
    if (text.empty()) return out;
    const std::string what = where + " evidence";
    const auto doc = json::parse(text, b.origin() + ": " + what);
    if (!doc.IsArray()) b.fail("KG-E451", what, "expected a JSON array.");
    for (const auto& item : doc.GetArray()) {
        if (!item.IsObject()) b.fail("KG-E451", what, "expected an array of objects.");
        Provenance p;
        p.doc = b.document_id(json_in::string_member(b, item, "doc", what), what);
        if (const auto* s = json_in::find(item, "sentence")) p.sentence = json_in::u32(b, *s, what);
        const auto* span = json_in::find(item, "span");
        if (!span || !span->IsArray() || span->Size() != 2)
            b.fail("KG-E451", what, "'span' must be an array [begin, end].");
        p.span.begin = json_in::u32(b, (*span)[0], what);
        p.span.end = json_in::u32(b, (*span)[1], what);
        p.quote = json_in::string_member(b, item, "quote", what);
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<std::string> read_json_strings(GraphBuilder& b, const std::string& text,
                                           const std::string& what) {
    if (text.empty()) return {};
    const auto doc = json::parse(text, b.origin() + ": " + what);
    return json_in::strings(b, doc, what);
}

std::map<std::string, std::string> read_json_map(GraphBuilder& b, const std::string& text,
                                                 const std::string& what) {
    if (text.empty()) return {};
    const auto doc = json::parse(text, b.origin() + ": " + what);
    return json_in::string_map(b, doc, what);
}

}  // namespace kg::exporters
