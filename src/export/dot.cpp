#include "export/dot.hpp"

#include <sstream>
#include <vector>

#include "export/escape.hpp"
#include "util/error.hpp"

namespace kg::exporters {
namespace {

std::string html_text(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

/// One plaintext node holding a table: each entity type present with its fill colour and
/// shape, each relation type present with its colour and line style.
void write_legend(const KnowledgeGraph& kg, std::ostream& os) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    std::vector<bool> types(onto.entity_types().size()), rels(onto.relation_types().size());
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) types[g[v].type] = true;
    for (const Edge e : boost::make_iterator_range(boost::edges(g))) rels[g[e].type] = true;
    os << "  " << dot_quoted(kDotLegendId)
       << " [shape=\"plaintext\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" "
          "CELLSPACING=\"0\" CELLPADDING=\"4\"><TR><TD COLSPAN=\"2\"><B>kgraph "
          "legend</B></TD></TR>";
    for (std::size_t t = 0; t < types.size(); ++t) {
        if (!types[t]) continue;
        const EntityType& type = onto.entity(static_cast<EntityTypeId>(t));
        os << "<TR><TD BGCOLOR=\"" << color_or_default(type.style.color) << "40\">"
           << html_text(type.id) << "</TD><TD>"
           << html_text(type.style.shape.empty() ? "ellipse" : type.style.shape) << "</TD></TR>";
    }
    for (std::size_t r = 0; r < rels.size(); ++r) {
        if (!rels[r]) continue;
        const RelationType& rel = onto.relation(static_cast<RelationTypeId>(r));
        os << "<TR><TD><FONT COLOR=\"" << color_or_default(rel.style.color) << "\">&#8594; "
           << html_text(rel.style.line.empty() ? "solid" : rel.style.line) << "</FONT></TD><TD>"
           << html_text(rel.id) << "</TD></TR>";
    }
    os << "<TR><TD>&#8594; hollow head</TD><TD>inferred</TD></TR></TABLE>>];\n";
}

}  // namespace

void write_dot(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& /*opts*/) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    if (boost::num_vertices(g) > kDotMaxNodes)
        throw ExportError("KG-E407", "DOT: " + std::to_string(boost::num_vertices(g)) +
                                         " nodes is more than Graphviz lays out readably (limit " +
                                         std::to_string(kDotMaxNodes) +
                                         "); export a subgraph (--around NAME --depth N, --type, "
                                         "--edge) or open the GEXF file in Gephi.");
    os << "// kgraph export for viewing (not exchange); ontology " << dot_quoted(onto.version())
       << "\n";
    os << "digraph \"kgraph\" {\n";
    os << "  graph [charset=\"UTF-8\", rankdir=\"LR\", fontname=\"Helvetica\"];\n";
    os << "  node [style=\"filled\", fontname=\"Helvetica\"];\n";
    os << "  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n";
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        const EntityType& type = onto.entity(e.type);
        // A translucent fill of the type colour keeps black label text readable.
        os << "  " << dot_quoted(e.id) << " [label=" << dot_quoted_label(e.label)
           << ", shape=" << dot_quoted(type.style.shape.empty() ? "ellipse" : type.style.shape)
           << ", color=" << dot_quoted(color_or_default(type.style.color))
           << ", fillcolor=" << dot_quoted(color_or_default(type.style.color) + "40")
           << ", tooltip=" << dot_quoted_label(type.id) << "];\n";
    }
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        const RelationType& rel = onto.relation(r.type);
        os << "  " << dot_quoted(g[boost::source(ed, g)].id) << " -> "
           << dot_quoted(g[boost::target(ed, g)].id) << " [label=" << dot_quoted_label(rel.id)
           << ", color=" << dot_quoted(color_or_default(rel.style.color))
           << ", style=" << dot_quoted(rel.style.line.empty() ? "solid" : rel.style.line);
        if (r.inferred) os << ", arrowhead=\"empty\"";
        os << "];\n";
    }
    if (boost::num_vertices(g) > 0) write_legend(kg, os);
    os << "}\n";
    if (!os) throw ExportError("KG-E404", "DOT: the output stream failed while writing.");
}

std::string to_dot_string(const KnowledgeGraph& kg, const ExportOptions& opts) {
    std::ostringstream os;
    write_dot(kg, os, opts);
    return std::move(os).str();
}

}  // namespace kg::exporters
