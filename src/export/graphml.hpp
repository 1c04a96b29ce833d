#pragma once
// GraphML (http://graphml.graphdrawing.org/, GraphML 1.0 XSD), written and read with pugixml.
//
// Written: <graphml> with <key> declarations (for="node"/"edge"/"graph", standard attr.type
// string/int/double/boolean; never for="all"), one <graph edgedefault="directed">, nodes in vertex
// order, edges in edges(g) order.
//   Node id = entity id ("person:shin-won-sik"); it must be an XML NMTOKEN (letters, digits,
//   '.', '-', '_', ':' or non-ASCII), else ExportError. Edge id = "e<index>".
//   Node keys: label, type, aliases (JSON array), attrs (JSON object), evidence (JSON array of
//   {doc, date, sentence, span:[b,e], quote}), documents (JSON array of file names),
//   mentions (int, evidence count), first_seen/last_seen (ISO dates of the evidence; GraphML has
//   no date type), r/g/b (int, the type's colour from the ontology; Gephi and graphology read
//   them as the node colour).
//   Edge keys: type and label (the relation type), confidence (double), weight (double, evidence
//   count), mentions (int), inferred (boolean), inferred_from (JSON array of fact ids), attrs,
//   evidence, documents, first_seen/last_seen.
//   Graph keys: document_table (JSON array of {file, date, source, title}), ontology_version.
// Control characters: text XML 1.0 cannot hold (C0 controls except tab/newline/CR, U+FFFE,
// U+FFFF) and invalid UTF-8 are replaced by U+FFFD before writing, so pugixml never emits `&#NN;`
// for them; such characters do not survive a round trip. JSON values inside <data> keep them
// (JSON escapes them as \u00NN).
// ExportOptions::include_provenance = false leaves out node evidence/documents and edge evidence
// (mentions and weight still count the evidence). The reader does not compare ontology_version
// with the loaded ontology; every type and edge is validated against the loaded one instead.
// Not supported: nested graphs, hyperedges, ports, yFiles extensions; the reader accepts only
// files in the shape written here (keys are matched by attr.name, so key ids may differ).
#include <istream>
#include <memory>
#include <ostream>
#include <string>

#include "export/format.hpp"

namespace kg::exporters {

/// Writes `kg` as GraphML to `os`. O(V + E + total evidence). Throws kg::ExportError when an id
/// is not an NMTOKEN, a confidence is not finite, or the stream fails.
void write_graphml(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts = {});

/// write_graphml() into a string.
std::string to_graphml_string(const KnowledgeGraph& kg, const ExportOptions& opts = {});

/// Reads GraphML written by write_graphml() and rebuilds the graph through KnowledgeGraph's API.
/// Malformed XML, a dangling edge, an unknown type, a duplicate node id or a missing label is a
/// kg::InputError naming `origin` and the node or edge id. O(size of the file).
KnowledgeGraph read_graphml(std::istream& is, std::shared_ptr<const Ontology> ontology,
                            const std::string& origin);

class GraphmlFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "graphml"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".graphml"}; }
    std::string_view description() const noexcept override {
        return "GraphML for Gephi, yEd, NetworkX (read back by kgraph)";
    }
    void write(const KnowledgeGraph& kg, std::ostream& os,
               const ExportOptions& opts) const override {
        write_graphml(kg, os, opts);
    }
    bool can_read() const noexcept override { return true; }
    KnowledgeGraph read(std::istream& is, std::shared_ptr<const Ontology> ontology,
                        const std::string& origin) const override {
        return read_graphml(is, std::move(ontology), origin);
    }
};

}  // namespace kg::exporters
