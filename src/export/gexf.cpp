#include "export/gexf.hpp"

#include <charconv>
#include <cmath>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "export/attr_values.hpp"
#include "export/escape.hpp"
#include "export/graph_builder.hpp"
#include "export/xml_input.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

namespace kg::exporters {
namespace {

struct AttrDef {
    const char* id;
    const char* type;  // GEXF attribute type
};

constexpr AttrDef kNodeAttrs[] = {
    {"type", "string"},       {"aliases", "string"},   {"attrs", "string"},
    {"evidence", "string"},   {"documents", "string"}, {"mentions", "integer"},
    {"first_seen", "string"}, {"last_seen", "string"},
};
constexpr AttrDef kEdgeAttrs[] = {
    {"relation", "string"},      {"confidence", "double"}, {"inferred", "boolean"},
    {"inferred_from", "string"}, {"attrs", "string"},      {"evidence", "string"},
    {"documents", "string"},     {"mentions", "integer"},  {"first_seen", "string"},
    {"last_seen", "string"},
};

template <std::size_t N>
void declare(pugi::xml_node graph, const char* cls, const AttrDef (&defs)[N]) {
    auto attrs = graph.append_child("attributes");
    attrs.append_attribute("class").set_value(cls);
    attrs.append_attribute("mode").set_value("static");
    for (const auto& d : defs) {
        auto a = attrs.append_child("attribute");
        a.append_attribute("id").set_value(d.id);
        a.append_attribute("title").set_value(d.id);
        a.append_attribute("type").set_value(d.type);
    }
}

void set(pugi::xml_node el, const char* name, std::string_view value) {
    el.append_attribute(name).set_value(sanitize_xml_text(value).c_str());
}

void attvalue(pugi::xml_node values, const char* id, std::string_view value) {
    auto v = values.append_child("attvalue");
    v.append_attribute("for").set_value(id);
    set(v, "value", value);
}

void viz_color(pugi::xml_node el, const std::string& color) {
    const auto c = rgb(color);
    auto v = el.append_child("viz:color");
    v.append_attribute("r").set_value(c[0]);
    v.append_attribute("g").set_value(c[1]);
    v.append_attribute("b").set_value(c[2]);
}

void spell(pugi::xml_node el, const std::pair<std::string, std::string>& range) {
    if (range.first.empty()) return;
    auto s = el.append_child("spells").append_child("spell");
    s.append_attribute("start").set_value(range.first.c_str());
    s.append_attribute("end").set_value(range.second.c_str());
}

/// Node size for Gephi: 10 for a single mention, growing with the logarithm of the count, so
/// much-cited entities stand out without dwarfing the rest.
std::string node_size(std::size_t mentions) {
    const double size =
        10.0 + 4.0 * std::log2(static_cast<double>(std::max<std::size_t>(1, mentions)));
    return format_double(std::round(size * 100.0) / 100.0);
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    auto root = doc.append_child("gexf");
    root.append_attribute("xmlns").set_value("http://gexf.net/1.3");
    root.append_attribute("xmlns:viz").set_value("http://gexf.net/1.3/viz");
    root.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
    root.append_attribute("xsi:schemaLocation")
        .set_value("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
    root.append_attribute("version").set_value("1.3");
    auto meta = root.append_child("meta");
    meta.append_child("creator").text().set("kgraph");
    meta.append_child("description")
        .text()
        .set(("kgraph knowledge graph (ontology " + sanitize_xml_text(onto.version()) + ") from " +
              std::to_string(kg.documents().size()) + " documents")
                 .c_str());

    auto graph = root.append_child("graph");
    graph.append_attribute("mode").set_value("dynamic");
    graph.append_attribute("defaultedgetype").set_value("directed");
    graph.append_attribute("timeformat").set_value("date");
    declare(graph, "node", kNodeAttrs);
    declare(graph, "edge", kEdgeAttrs);

    auto nodes = graph.append_child("nodes");
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        if (e.id.empty()) throw ExportError("KG-E422", "GEXF: an entity has an empty id.");
        const std::string what = "GEXF node '" + e.id + "'";
        const EntityType& type = onto.entity(e.type);
        auto node = nodes.append_child("node");
        set(node, "id", e.id);
        set(node, "label", e.label);
        auto values = node.append_child("attvalues");
        attvalue(values, "type", type.id);
        attvalue(values, "aliases", json_strings(e.aliases, what));
        if (!e.attrs.empty()) attvalue(values, "attrs", json_map(e.attrs, what));
        if (opts.include_provenance && !e.evidence.empty()) {
            attvalue(values, "evidence", json_evidence(kg, e.evidence, what));
            attvalue(values, "documents", json_documents(kg, e.evidence, what));
        }
        attvalue(values, "mentions", std::to_string(e.evidence.size()));
        const auto range = date_range(kg, e.evidence);
        if (!range.first.empty()) {
            attvalue(values, "first_seen", range.first);
            attvalue(values, "last_seen", range.second);
        }
        spell(node, range);
        viz_color(node, type.style.color);
        node.append_child("viz:size")
            .append_attribute("value")
            .set_value(node_size(e.evidence.size()).c_str());
    }

    auto edges = graph.append_child("edges");
    std::size_t index = 0;
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        const RelationType& rel = onto.relation(r.type);
        const std::string eid = "e" + std::to_string(index++);
        const std::string what = "GEXF edge '" + eid + "' (" + kg.fact_id(ed) + ")";
        if (!std::isfinite(r.confidence))
            throw ExportError("KG-E402", what + ": confidence is not a finite number.");
        auto edge = edges.append_child("edge");
        set(edge, "id", eid);
        set(edge, "source", g[boost::source(ed, g)].id);
        set(edge, "target", g[boost::target(ed, g)].id);
        set(edge, "kind", rel.id);
        set(edge, "label", rel.id);
        set(edge, "weight",
            format_double(static_cast<double>(std::max<std::size_t>(1, r.evidence.size()))));
        auto values = edge.append_child("attvalues");
        attvalue(values, "relation", rel.id);
        attvalue(values, "confidence", format_double(r.confidence));
        attvalue(values, "inferred", r.inferred ? "true" : "false");
        if (!r.inferred_from.empty())
            attvalue(values, "inferred_from", json_strings(r.inferred_from, what));
        if (!r.attrs.empty()) attvalue(values, "attrs", json_map(r.attrs, what));
        if (opts.include_provenance && !r.evidence.empty()) {
            attvalue(values, "evidence", json_evidence(kg, r.evidence, what));
            attvalue(values, "documents", json_documents(kg, r.evidence, what));
        }
        attvalue(values, "mentions", std::to_string(r.evidence.size()));
        const auto range = date_range(kg, r.evidence);
        if (!range.first.empty()) {
            attvalue(values, "first_seen", range.first);
            attvalue(values, "last_seen", range.second);
        }
        spell(edge, range);
        viz_color(edge, rel.style.color);
    }

    doc.save(os, "  ", pugi::format_indent, pugi::encoding_utf8);
    if (!os) throw ExportError("KG-E404", "GEXF: the output stream failed while writing.");
}

std::string to_gexf_string(const KnowledgeGraph& kg, const ExportOptions& opts) {
    std::ostringstream os;
    write_gexf(kg, os, opts);
    return std::move(os).str();
}

namespace {

using Declared = std::set<std::string, std::less<>>;

Declared declared(pugi::xml_node graph, const char* cls) {
    Declared out;
    for (auto attrs : graph.children("attributes"))
        if (std::string_view(attrs.attribute("class").value()) == cls)
            for (auto a : attrs.children("attribute")) out.insert(a.attribute("id").value());
    return out;
}

std::map<std::string, std::string> values_of(const GraphBuilder& b, pugi::xml_node el,
                                             const Declared& decl, const std::string& where) {
    std::map<std::string, std::string> out;
    for (auto v : el.child("attvalues").children("attvalue")) {
        const std::string id = v.attribute("for").value();
        if (!decl.contains(id))
            b.fail("KG-E451", where, "<attvalue> refers to undeclared attribute '" + id + "'.");
        out[id] = v.attribute("value").value();
    }
    return out;
}

std::string get(const std::map<std::string, std::string>& data, const char* name) {
    const auto it = data.find(name);
    return it == data.end() ? std::string() : it->second;
}

/// Registers every document the evidence of the file cites, sorted by file name; a file cited
/// with two different dates is an error.
void register_documents(GraphBuilder& b, pugi::xml_node graph) {
    std::map<std::string, std::string> dates;  // file -> date
    for (const char* list : {"nodes", "edges"})
        for (auto el : graph.child(list).children())
            for (auto v : el.child("attvalues").children("attvalue")) {
                if (std::string_view(v.attribute("for").value()) != "evidence") continue;
                const std::string where =
                    std::string(el.name()) + " '" + el.attribute("id").value() + "' evidence";
                const auto items =
                    json::parse(v.attribute("value").value(), b.origin() + ": " + where);
                if (!items.IsArray()) b.fail("KG-E451", where, "expected a JSON array.");
                for (const auto& item : items.GetArray()) {
                    if (!item.IsObject()) b.fail("KG-E451", where, "expected an array of objects.");
                    const std::string file = json_in::string_member(b, item, "doc", where);
                    const std::string date = json_in::string_member(b, item, "date", where);
                    const auto [it, fresh] = dates.emplace(file, date);
                    if (!fresh && it->second != date)
                        b.fail("KG-E451", where,
                               "document '" + file + "' is dated both " + it->second + " and " +
                                   date + ".");
                }
            }
    for (const auto& [file, date] : dates) {
        DocumentInfo d;
        d.file = file;
        d.date = date;
        b.add_document(d, "evidence");
    }
}

}  // namespace

KnowledgeGraph read_gexf(std::istream& is, std::shared_ptr<const Ontology> ontology,
                         const std::string& origin) {
    GraphBuilder b(std::move(ontology), origin);
    pugi::xml_document doc;
    load_xml(doc, is, pugi::parse_default, b);
    const auto root = doc.child("gexf");
    if (!root) b.fail("KG-E451", "", "no <gexf> root element.");
    const auto graph = root.child("graph");
    if (!graph) b.fail("KG-E451", "", "no <graph> element.");
    const Declared node_decl = declared(graph, "node");
    const Declared edge_decl = declared(graph, "edge");
    register_documents(b, graph);

    for (auto n : graph.child("nodes").children("node")) {
        const std::string id = n.attribute("id").value();
        const std::string where = "node '" + id + "'";
        const auto data = values_of(b, n, node_decl, where);
        EntityProps e;
        e.id = id;
        e.label = n.attribute("label").value();
        e.aliases = read_json_strings(b, get(data, "aliases"), where + " aliases");
        e.attrs = read_json_map(b, get(data, "attrs"), where + " attrs");
        e.evidence = read_json_evidence(b, get(data, "evidence"), where);
        b.add_entity(std::move(e), get(data, "type"), where);
    }

    std::size_t index = 0;
    for (auto ed : graph.child("edges").children("edge")) {
        std::string id = ed.attribute("id").value();
        if (id.empty()) id = "#" + std::to_string(index);
        ++index;
        const std::string where = "edge '" + id + "'";
        const auto data = values_of(b, ed, edge_decl, where);
        RelationProps r;
        if (const auto c = get(data, "confidence"); !c.empty()) {
            const auto [ptr, ec] = std::from_chars(c.data(), c.data() + c.size(), r.confidence);
            if (ec != std::errc() || ptr != c.data() + c.size() || !std::isfinite(r.confidence) ||
                r.confidence < 0.0 || r.confidence > 1.0)
                b.fail("KG-E451", where, "confidence '" + c + "' is not a number in [0, 1].");
        }
        const auto inferred = get(data, "inferred");
        if (inferred == "true")
            r.inferred = true;
        else if (!inferred.empty() && inferred != "false")
            b.fail("KG-E451", where, "inferred '" + inferred + "' is not a boolean.");
        r.inferred_from =
            read_json_strings(b, get(data, "inferred_from"), where + " inferred_from");
        r.attrs = read_json_map(b, get(data, "attrs"), where + " attrs");
        r.evidence = read_json_evidence(b, get(data, "evidence"), where);
        std::string relation = get(data, "relation");
        if (relation.empty()) relation = ed.attribute("kind").value();
        b.add_relation(ed.attribute("source").value(), relation, ed.attribute("target").value(),
                       std::move(r), where);
    }
    return b.take();
}

}  // namespace kg::exporters
