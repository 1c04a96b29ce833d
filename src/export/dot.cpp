#include "export/dot.hpp"

#include <sstream>

#include "export/escape.hpp"
#include "util/error.hpp"

namespace kg::exporters {

void write_dot(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& /*opts*/) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
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
    os << "}\n";
    if (!os) throw ExportError("KG-E404", "DOT: the output stream failed while writing.");
}

std::string to_dot_string(const KnowledgeGraph& kg, const ExportOptions& opts) {
    std::ostringstream os;
    write_dot(kg, os, opts);
    return std::move(os).str();
}

}  // namespace kg::exporters
