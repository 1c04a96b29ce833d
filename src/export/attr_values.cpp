#include "export/attr_values.hpp"

#include <algorithm>
#include <charconv>

#include "export/escape.hpp"
#include "util/error.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace kg::exporters {

namespace {

// Compact JSON written straight into a string, byte for byte as RapidJSON's Writer (which
// CheckedJson wraps) writes it: the same escapes, the same checks and the same error messages,
// but no writer, buffer or `what` string built per value. `what` is called only for an error.
class JsonAppender {
  public:
    JsonAppender(std::string& out, const WhatFn& what) : out_(out), what_(what) {}

    void key(std::string_view k) {
        last_key_ = k;
        string(k);
        out_ += ':';
    }
    void string(std::string_view v) {
        if (const auto at = text::find_invalid_utf8(v))
            throw ExportError("KG-E405", what_() + ": the value of '" + std::string(last_key_) +
                                             "' is not valid UTF-8 (byte " + std::to_string(*at) +
                                             ").");
        static constexpr char kHex[] = "0123456789ABCDEF";
        out_ += '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            const auto c = static_cast<unsigned char>(v[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out_.append(v.data() + run, i - run);
            run = i + 1;
            out_ += '\\';
            switch (c) {
                case '"':
                case '\\':
                    out_ += static_cast<char>(c);
                    break;
                case '\b':
                    out_ += 'b';
                    break;
                case '\t':
                    out_ += 't';
                    break;
                case '\n':
                    out_ += 'n';
                    break;
                case '\f':
                    out_ += 'f';
                    break;
                case '\r':
                    out_ += 'r';
                    break;
                default:
                    out_ += "u00";
                    out_ += kHex[c >> 4];
                    out_ += kHex[c & 0xF];
            }
        }
        out_.append(v.data() + run, v.size() - run);
        out_ += '"';
    }
    void uint(std::uint64_t v) {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, res.ptr);
    }
    void member(std::string_view k, std::string_view v) {
        key(k);
        string(v);
    }

  private:
    std::string& out_;
    const WhatFn& what_;
    std::string_view last_key_;
};

}  // namespace

void append_json_strings(std::string& out, const std::vector<std::string>& items,
                         const WhatFn& what) {
    JsonAppender j(out, what);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        j.string(items[i]);
    }
    out += ']';
}

void append_json_map(std::string& out, const std::map<std::string, std::string>& items,
                     const WhatFn& what) {
    JsonAppender j(out, what);
    out += '{';
    bool first = true;
    for (const auto& [k, v] : items) {
        if (!first) out += ',';
        first = false;
        j.member(k, v);
    }
    out += '}';
}

void append_json_evidence(std::string& out, const KnowledgeGraph& kg,
                          const std::vector<Provenance>& evidence, const WhatFn& what) {
    JsonAppender j(out, what);
    out += '[';
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        const Provenance& p = evidence[i];
        if (p.doc >= kg.documents().size())
            throw ExportError("KG-E421", what() + ": evidence cites document #" +
                                             std::to_string(p.doc) + ", which is not registered.");
        const auto& doc = kg.documents()[p.doc];
        if (i) out += ',';
        out += '{';
        j.member("doc", doc.file);
        out += ',';
        j.member("date", doc.date);
        out += ',';
        j.key("sentence");
        j.uint(p.sentence);
        out += ',';
        j.key("span");
        out += '[';
        j.uint(p.span.begin);
        out += ',';
        j.uint(p.span.end);
        out += "],";
        j.member("quote", p.quote);
        out += '}';
    }
    out += ']';
}

void append_json_documents(std::string& out, const KnowledgeGraph& kg,
                           const std::vector<Provenance>& evidence, const WhatFn& what) {
    // Evidence is sorted by document id, so repeats of one document are adjacent; the files are
    // then sorted by name. Pointers, not copies of the names.
    thread_local std::vector<const std::string*> files;
    files.clear();
    for (const auto& p : evidence)
        if (p.doc < kg.documents().size()) {
            const std::string* f = &kg.documents()[p.doc].file;
            if (files.empty() || *files.back() != *f) files.push_back(f);
        }
    if (files.size() > 1) {
        std::sort(files.begin(), files.end(),
                  [](const std::string* x, const std::string* y) { return *x < *y; });
        files.erase(
            std::unique(files.begin(), files.end(),
                        [](const std::string* x, const std::string* y) { return *x == *y; }),
            files.end());
    }
    JsonAppender j(out, what);
    out += '[';
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (i) out += ',';
        j.string(*files[i]);
    }
    out += ']';
}

std::string json_strings(const std::vector<std::string>& items, const std::string& what) {
    std::string out;
    append_json_strings(out, items, [&] { return what; });
    return out;
}

std::string json_map(const std::map<std::string, std::string>& items, const std::string& what) {
    std::string out;
    append_json_map(out, items, [&] { return what; });
    return out;
}

std::string json_evidence(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence,
                          const std::string& what) {
    std::string out;
    append_json_evidence(out, kg, evidence, [&] { return what; });
    return out;
}

std::string json_documents(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence,
                           const std::string& what) {
    std::string out;
    append_json_documents(out, kg, evidence, [&] { return what; });
    return out;
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
