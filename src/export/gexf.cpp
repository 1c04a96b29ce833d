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
#include "export/xml_writer.hpp"
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
void declare(XmlWriter& xml, const char* cls, const AttrDef (&defs)[N]) {
    xml.open("attributes", {{"class", cls}, {"mode", "static"}});
    for (const auto& d : defs)
        xml.empty("attribute", {{"id", d.id}, {"title", d.id}, {"type", d.type}});
    xml.close("attributes");
}

void attvalue(XmlWriter& xml, const char* id, std::string_view value) {
    xml.empty("attvalue", {{"for", id}, {"value", value}});
}

void viz_color(XmlWriter& xml, const std::string& color) {
    const auto c = rgb(color);
    xml.empty(
        "viz:color",
        {{"r", std::to_string(c[0])}, {"g", std::to_string(c[1])}, {"b", std::to_string(c[2])}});
}

void spell(XmlWriter& xml, const std::pair<std::string, std::string>& range) {
    if (range.first.empty()) return;
    xml.open("spells");
    xml.empty("spell", {{"start", range.first}, {"end", range.second}});
    xml.close("spells");
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
    XmlWriter xml(os);
    xml.declaration();
    xml.open("gexf", {{"xmlns", "http://gexf.net/1.3"},
                      {"xmlns:viz", "http://gexf.net/1.3/viz"},
                      {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
                      {"xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"},
                      {"version", "1.3"}});
    xml.open("meta");
    xml.text_element("creator", {}, "kgraph");
    xml.text_element("description", {},
                     "kgraph knowledge graph (ontology " + onto.version() + ") from " +
                         std::to_string(kg.documents().size()) + " documents");
    xml.close("meta");

    xml.open("graph",
             {{"mode", "dynamic"}, {"defaultedgetype", "directed"}, {"timeformat", "date"}});
    declare(xml, "node", kNodeAttrs);
    declare(xml, "edge", kEdgeAttrs);

    xml.open("nodes");
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        if (e.id.empty()) throw ExportError("KG-E422", "GEXF: an entity has an empty id.");
        const std::string what = "GEXF node '" + e.id + "'";
        const EntityType& type = onto.entity(e.type);
        xml.open("node", {{"id", e.id}, {"label", e.label}});
        xml.open("attvalues");
        attvalue(xml, "type", type.id);
        attvalue(xml, "aliases", json_strings(e.aliases, what));
        if (!e.attrs.empty()) attvalue(xml, "attrs", json_map(e.attrs, what));
        if (opts.include_provenance && !e.evidence.empty()) {
            attvalue(xml, "evidence", json_evidence(kg, e.evidence, what));
            attvalue(xml, "documents", json_documents(kg, e.evidence, what));
        }
        attvalue(xml, "mentions", std::to_string(e.evidence.size()));
        const auto range = date_range(kg, e.evidence);
        if (!range.first.empty()) {
            attvalue(xml, "first_seen", range.first);
            attvalue(xml, "last_seen", range.second);
        }
        xml.close("attvalues");
        spell(xml, range);
        viz_color(xml, type.style.color);
        xml.empty("viz:size", {{"value", node_size(e.evidence.size())}});
        xml.close("node");
    }
    xml.close("nodes");

    xml.open("edges");
    std::size_t index = 0;
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        const RelationType& rel = onto.relation(r.type);
        const std::string eid = "e" + std::to_string(index++);
        const std::string what = "GEXF edge '" + eid + "' (" + kg.fact_id(ed) + ")";
        if (!std::isfinite(r.confidence))
            throw ExportError("KG-E402", what + ": confidence is not a finite number.");
        xml.open("edge", {{"id", eid},
                          {"source", g[boost::source(ed, g)].id},
                          {"target", g[boost::target(ed, g)].id},
                          {"kind", rel.id},
                          {"label", rel.id},
                          {"weight", format_double(static_cast<double>(
                                         std::max<std::size_t>(1, r.evidence.size())))}});
        xml.open("attvalues");
        attvalue(xml, "relation", rel.id);
        attvalue(xml, "confidence", format_double(r.confidence));
        attvalue(xml, "inferred", r.inferred ? "true" : "false");
        if (!r.inferred_from.empty())
            attvalue(xml, "inferred_from", json_strings(r.inferred_from, what));
        if (!r.attrs.empty()) attvalue(xml, "attrs", json_map(r.attrs, what));
        if (opts.include_provenance && !r.evidence.empty()) {
            attvalue(xml, "evidence", json_evidence(kg, r.evidence, what));
            attvalue(xml, "documents", json_documents(kg, r.evidence, what));
        }
        attvalue(xml, "mentions", std::to_string(r.evidence.size()));
        const auto range = date_range(kg, r.evidence);
        if (!range.first.empty()) {
            attvalue(xml, "first_seen", range.first);
            attvalue(xml, "last_seen", range.second);
        }
        xml.close("attvalues");
        spell(xml, range);
        viz_color(xml, rel.style.color);
        xml.close("edge");
    }
    xml.close("edges");
    xml.close("graph");
    xml.close("gexf");
    if (!xml.flush()) throw ExportError("KG-E404", "GEXF: the output stream failed while writing.");
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
