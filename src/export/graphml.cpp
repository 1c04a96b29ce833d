#include "export/graphml.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <pugixml.hpp>
#include <sstream>

#include "export/attr_values.hpp"
#include "export/escape.hpp"
#include "export/graph_builder.hpp"
#include "export/json_out.hpp"
#include "export/xml_input.hpp"
#include "export/xml_writer.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

namespace kg::exporters {
namespace {

struct KeyDef {
    const char* id;
    const char* domain;  // GraphML "for"
    const char* name;    // attr.name
    const char* type;    // attr.type
};

// The key set, declared once; ids are positional so the header is the same for every graph.
constexpr KeyDef kKeys[] = {
    {"d0", "node", "label", "string"},
    {"d1", "node", "type", "string"},
    {"d2", "node", "aliases", "string"},
    {"d3", "node", "attrs", "string"},
    {"d4", "node", "evidence", "string"},
    {"d5", "node", "documents", "string"},
    {"d6", "node", "mentions", "int"},
    {"d7", "node", "r", "int"},
    {"d8", "node", "g", "int"},
    {"d9", "node", "b", "int"},
    {"d10", "edge", "type", "string"},
    {"d11", "edge", "confidence", "double"},
    {"d12", "edge", "weight", "double"},
    {"d13", "edge", "inferred", "boolean"},
    {"d14", "edge", "inferred_from", "string"},
    {"d15", "edge", "attrs", "string"},
    {"d16", "edge", "evidence", "string"},
    {"d17", "graph", "document_table", "string"},
    {"d18", "graph", "ontology_version", "string"},
    // Added after the first release: new ids at the end keep the older ones stable.
    {"d19", "node", "first_seen", "string"},
    {"d20", "node", "last_seen", "string"},
    {"d21", "edge", "label", "string"},
    {"d22", "edge", "documents", "string"},
    {"d23", "edge", "mentions", "int"},
    {"d24", "edge", "first_seen", "string"},
    {"d25", "edge", "last_seen", "string"},
};

// Resolved at compile time: a (domain, name) pair missing from kKeys does not compile.
consteval const char* key_id(std::string_view domain, std::string_view name) {
    for (const auto& k : kKeys)
        if (domain == k.domain && name == k.name) return k.id;
    throw "GraphML: no key declared for this attribute";
}

void add_data(XmlWriter& xml, const char* key, std::string_view value) {
    xml.text_element("data", {{"key", key}}, value);
}

/// True for XML NMTOKENs, approximating the non-ASCII NameChar ranges by "any non-ASCII".
bool is_nmtoken(std::string_view s) {
    if (s.empty()) return false;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        const bool ok = c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == ':';
        if (!ok) return false;
    }
    return true;
}

std::string json_document_table(const KnowledgeGraph& kg) {
    CheckedJson<CompactJsonWriter> j("GraphML document table");
    j.start_array();
    for (const auto& d : kg.documents()) {
        j.start_object();
        j.member("file", d.file);
        j.member("date", d.date);
        j.member("source", d.source);
        j.member("title", d.title);
        j.end_object();
    }
    j.end_array();
    return j.str();
}

}  // namespace

void write_graphml(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    XmlWriter xml(os);
    xml.declaration();
    xml.open("graphml", {{"xmlns", "http://graphml.graphdrawing.org/xmlns"},
                         {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                         {"xsi:schemaLocation",
                          "http://graphml.graphdrawing.org/xmlns "
                          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"}});
    for (const auto& k : kKeys)
        xml.empty("key",
                  {{"id", k.id}, {"for", k.domain}, {"attr.name", k.name}, {"attr.type", k.type}});
    xml.open("graph", {{"id", "G"}, {"edgedefault", "directed"}});
    add_data(xml, key_id("graph", "document_table"), json_document_table(kg));
    add_data(xml, key_id("graph", "ontology_version"), g[boost::graph_bundle].ontology_version);

    // One buffer for every JSON value and number, and error names built only for an error:
    // the writer allocates nothing per node or edge.
    std::string value;
    auto number = [&](auto n) -> std::string_view {
        value.resize(32);
        const auto res = std::to_chars(value.data(), value.data() + value.size(), n);
        value.resize(static_cast<std::size_t>(res.ptr - value.data()));
        return value;
    };
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        if (!is_nmtoken(e.id))
            throw ExportError("KG-E422", "GraphML node '" + e.id +
                                             "' is not an XML NMTOKEN (letters, digits, "
                                             "'.', '-', '_', ':'), which GraphML requires.");
        const WhatFn what = [&] { return "GraphML node '" + e.id + "'"; };
        xml.open("node", {{"id", e.id}});
        const EntityType& type = onto.entity(e.type);
        add_data(xml, key_id("node", "label"), e.label);
        add_data(xml, key_id("node", "type"), type.id);
        value.clear();
        append_json_strings(value, e.aliases, what);
        add_data(xml, key_id("node", "aliases"), value);
        if (!e.attrs.empty()) {
            value.clear();
            append_json_map(value, e.attrs, what);
            add_data(xml, key_id("node", "attrs"), value);
        }
        if (opts.include_provenance && !e.evidence.empty()) {
            value.clear();
            append_json_evidence(value, kg, e.evidence, what);
            add_data(xml, key_id("node", "evidence"), value);
            value.clear();
            append_json_documents(value, kg, e.evidence, what);
            add_data(xml, key_id("node", "documents"), value);
        }
        add_data(xml, key_id("node", "mentions"), number(e.evidence.size()));
        const auto [first, last] = date_range(kg, e.evidence);
        if (!first.empty()) {
            add_data(xml, key_id("node", "first_seen"), first);
            add_data(xml, key_id("node", "last_seen"), last);
        }
        const auto color = rgb(type.style.color);
        add_data(xml, key_id("node", "r"), number(color[0]));
        add_data(xml, key_id("node", "g"), number(color[1]));
        add_data(xml, key_id("node", "b"), number(color[2]));
        xml.close("node");
    }

    std::size_t index = 0;
    std::string eid;
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        eid = "e";
        eid += number(index++);
        const WhatFn what = [&] { return "GraphML edge '" + eid + "' (" + kg.fact_id(ed) + ")"; };
        if (!std::isfinite(r.confidence))
            throw ExportError("KG-E402", what() + ": confidence is not a finite number.");
        xml.open("edge", {{"id", eid},
                          {"source", g[boost::source(ed, g)].id},
                          {"target", g[boost::target(ed, g)].id}});
        const std::string& relation = onto.relation(r.type).id;
        add_data(xml, key_id("edge", "type"), relation);
        add_data(xml, key_id("edge", "label"), relation);
        add_data(xml, key_id("edge", "confidence"), number(r.confidence));
        add_data(xml, key_id("edge", "weight"), number(static_cast<double>(r.evidence.size())));
        add_data(xml, key_id("edge", "inferred"), r.inferred ? "true" : "false");
        if (!r.inferred_from.empty()) {
            value.clear();
            append_json_strings(value, r.inferred_from, what);
            add_data(xml, key_id("edge", "inferred_from"), value);
        }
        if (!r.attrs.empty()) {
            value.clear();
            append_json_map(value, r.attrs, what);
            add_data(xml, key_id("edge", "attrs"), value);
        }
        add_data(xml, key_id("edge", "mentions"), number(r.evidence.size()));
        const auto [first, last] = date_range(kg, r.evidence);
        if (!first.empty()) {
            add_data(xml, key_id("edge", "first_seen"), first);
            add_data(xml, key_id("edge", "last_seen"), last);
        }
        if (opts.include_provenance && !r.evidence.empty()) {
            value.clear();
            append_json_evidence(value, kg, r.evidence, what);
            add_data(xml, key_id("edge", "evidence"), value);
            value.clear();
            append_json_documents(value, kg, r.evidence, what);
            add_data(xml, key_id("edge", "documents"), value);
        }
        xml.close("edge");
    }
    xml.close("graph");
    xml.close("graphml");
    if (!xml.flush())
        throw ExportError("KG-E404", "GraphML: the output stream failed while writing.");
}

std::string to_graphml_string(const KnowledgeGraph& kg, const ExportOptions& opts) {
    std::ostringstream os;
    write_graphml(kg, os, opts);
    return std::move(os).str();
}

namespace {

struct KeyInfo {
    std::string domain;
    std::string name;
};

/// The <data> values of `el`, by attr.name; a data element naming an undeclared key or a key
/// declared for another element kind is an error.
std::map<std::string, std::string> read_data(const GraphBuilder& b, pugi::xml_node el,
                                             const std::map<std::string, KeyInfo>& keys,
                                             std::string_view domain, std::string_view where) {
    std::map<std::string, std::string> out;
    for (auto d : el.children("data")) {
        const std::string key = d.attribute("key").value();
        const auto it = keys.find(key);
        if (it == keys.end())
            b.fail("KG-E451", where, "<data> refers to undeclared key '" + key + "'.");
        if (it->second.domain != domain && it->second.domain != "all")
            b.fail("KG-E451", where,
                   "key '" + key + "' is declared for " + it->second.domain + ", not " +
                       std::string(domain) + ".");
        out[it->second.name] = d.child_value();
    }
    return out;
}

std::string get(const std::map<std::string, std::string>& data, const char* name) {
    const auto it = data.find(name);
    return it == data.end() ? std::string() : it->second;
}

}  // namespace

KnowledgeGraph read_graphml(std::istream& is, std::shared_ptr<const Ontology> ontology,
                            const std::string& origin) {
    GraphBuilder b(std::move(ontology), origin);
    pugi::xml_document doc;
    load_xml(doc, is, pugi::parse_default | pugi::parse_ws_pcdata_single, b);
    const auto root = doc.child("graphml");
    if (!root) b.fail("KG-E451", "", "no <graphml> root element.");
    std::map<std::string, KeyInfo> keys;
    for (auto k : root.children("key")) {
        const std::string id = k.attribute("id").value();
        if (id.empty()) b.fail("KG-E451", "<key>", "a key has no id.");
        keys[id] = KeyInfo{k.attribute("for").as_string("all"), k.attribute("attr.name").value()};
    }
    const auto graph = root.child("graph");
    if (!graph) b.fail("KG-E451", "", "no <graph> element.");

    const auto gdata = read_data(b, graph, keys, "graph", "<graph>");
    if (const auto table = get(gdata, "document_table"); !table.empty()) {
        const auto docs = json::parse(table, origin + ": document_table");
        if (!docs.IsArray()) b.fail("KG-E451", "document_table", "expected a JSON array.");
        for (const auto& d : docs.GetArray()) {
            const std::string where = "document_table";
            DocumentInfo info;
            info.file = json_in::string_member(b, d, "file", where);
            info.date = json_in::string_member(b, d, "date", where);
            info.source = json_in::string_member(b, d, "source", where);
            info.title = json_in::string_member(b, d, "title", where);
            b.add_document(info, where);
        }
    }

    for (auto n : graph.children("node")) {
        const std::string id = n.attribute("id").value();
        const std::string where = "node '" + id + "'";
        const auto data = read_data(b, n, keys, "node", where);
        EntityProps e;
        e.id = id;
        e.label = get(data, "label");
        e.aliases = read_json_strings(b, get(data, "aliases"), where + " aliases");
        e.attrs = read_json_map(b, get(data, "attrs"), where + " attrs");
        e.evidence = read_json_evidence(b, get(data, "evidence"), where);
        b.add_entity(std::move(e), get(data, "type"), where);
    }

    std::size_t index = 0;
    for (auto ed : graph.children("edge")) {
        std::string id = ed.attribute("id").value();
        if (id.empty()) id = "#" + std::to_string(index);
        ++index;
        const std::string where = "edge '" + id + "'";
        const auto data = read_data(b, ed, keys, "edge", where);
        RelationProps r;
        if (const auto c = get(data, "confidence"); !c.empty()) {
            const auto [ptr, ec] = std::from_chars(c.data(), c.data() + c.size(), r.confidence);
            if (ec != std::errc() || ptr != c.data() + c.size() || !std::isfinite(r.confidence) ||
                r.confidence < 0.0 || r.confidence > 1.0)
                b.fail("KG-E451", where, "confidence '" + c + "' is not a number in [0, 1].");
        }
        const auto inferred = get(data, "inferred");
        if (inferred == "true" || inferred == "1")
            r.inferred = true;
        else if (!inferred.empty() && inferred != "false" && inferred != "0")
            b.fail("KG-E451", where, "inferred '" + inferred + "' is not a boolean.");
        r.inferred_from =
            read_json_strings(b, get(data, "inferred_from"), where + " inferred_from");
        r.attrs = read_json_map(b, get(data, "attrs"), where + " attrs");
        r.evidence = read_json_evidence(b, get(data, "evidence"), where);
        b.add_relation(ed.attribute("source").value(), get(data, "type"),
                       ed.attribute("target").value(), std::move(r), where);
    }
    return b.take();
}

}  // namespace kg::exporters
