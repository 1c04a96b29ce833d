#pragma once
// Graphviz DOT (https://graphviz.org/doc/info/lang.html), for VIEWING, not for exchange: only
// ids, labels, types and styles are written (no aliases, attributes or evidence), and kgraph does
// not read DOT back. Use GraphML or JSON-LD to exchange graphs.
//
// Written: one `digraph`, node statements in vertex order (label = entity label, shape and colour
// per entity type from the ontology), edge statements in edges(g) order (label = relation type,
// colour and line style per relation type; inferred edges get an empty arrowhead).
// Escaping: every id and label is double-quoted with `\` and `"` escaped and newlines written as
// `\n`, so DOT keywords (node, edge, graph, digraph, strict, subgraph) and odd names are
// harmless; labels also write `&` as `&amp;` since Graphviz decodes entities in labels. Control
// characters and invalid UTF-8 become U+FFFD; tabs become spaces.
// Legend: a non-empty graph ends with one plaintext node, id "kgraph:legend", whose table shows
// each entity type present (fill colour, shape) and each relation type present (colour, line).
// Size guard: more than kDotMaxNodes nodes is an ExportError that suggests a subgraph or GEXF
// (dot needs minutes and draws an unreadable hairball at that size).
#include <cstddef>
#include <ostream>
#include <string>

#include "export/format.hpp"

namespace kg::exporters {

/// The largest graph write_dot() accepts.
inline constexpr std::size_t kDotMaxNodes = 2000;
/// The id of the legend node (no entity id has this form: "kgraph" is not an entity type).
inline constexpr const char* kDotLegendId = "kgraph:legend";

/// Writes `kg` as DOT to `os`. O(V + E). Throws kg::ExportError when the stream fails.
void write_dot(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts = {});

/// write_dot() into a string.
std::string to_dot_string(const KnowledgeGraph& kg, const ExportOptions& opts = {});

class DotFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "dot"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".dot", ".gv"}; }
    std::string_view description() const noexcept override {
        return "Graphviz DOT, for viewing (not read back)";
    }
    void write(const KnowledgeGraph& kg, std::ostream& os,
               const ExportOptions& opts) const override {
        write_dot(kg, os, opts);
    }
};

}  // namespace kg::exporters
