#pragma once
// GEXF 1.3 (https://gexf.net/), the format Gephi reads without merging parallel edges; written
// and read with pugixml.
//
// Written: <gexf version="1.3"> with <meta> (creator, description), one
// <graph mode="dynamic" defaultedgetype="directed" timeformat="date">, declared attributes for
// class node and class edge (nothing undeclared, so graphology-gexf's strict mode reads it).
//   Node: id = entity id, label = entity label; attvalues type, aliases (JSON array), attrs
//   (JSON object), evidence (JSON array as in GraphML), documents (JSON array), mentions
//   (integer, evidence count), first_seen/last_seen (ISO dates); viz:color (the type's colour),
//   viz:size (grows with the evidence count).
//   Edge: id "e<index>", kind = label = relation type (Gephi keeps edges of different kinds
//   between the same nodes apart), weight = evidence count (at least 1); attvalues relation,
//   confidence, inferred, inferred_from, attrs, evidence, documents, mentions, first_seen,
//   last_seen; viz:color (the relation's colour).
//   Time: a node or edge with dated evidence has one spell from its earliest to its latest
//   evidence date, so Gephi's timeline shows each fact in the years the articles report it;
//   undated elements have no spell (Gephi shows them at every time).
// GEXF has no graph-level attributes, so the document table is not written: the reader rebuilds
// the documents the evidence cites (file and date, sorted by file name); documents that no fact
// cites, and each document's source and title, are lost (GraphML and JSON-LD keep them).
// Control characters follow GraphML's policy (escape.hpp sanitize_xml_text): replaced by U+FFFD.
// ExportOptions::include_provenance = false leaves out evidence and documents.
#include <istream>
#include <memory>
#include <ostream>
#include <string>

#include "export/format.hpp"

namespace kg::exporters {

/// Writes `kg` as GEXF 1.3 to `os`. O(V + E + total evidence). Throws kg::ExportError when an
/// id is empty or a confidence is not finite, or the stream fails.
void write_gexf(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts = {});

/// write_gexf() into a string.
std::string to_gexf_string(const KnowledgeGraph& kg, const ExportOptions& opts = {});

/// Reads GEXF written by write_gexf() and rebuilds the graph through KnowledgeGraph's API.
/// Malformed XML, a dangling edge, an unknown type or relation, an undeclared attribute or a
/// duplicate id is a kg::InputError naming `origin` and the node or edge.
KnowledgeGraph read_gexf(std::istream& is, std::shared_ptr<const Ontology> ontology,
                         const std::string& origin);

class GexfFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "gexf"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".gexf"}; }
    std::string_view description() const noexcept override {
        return "GEXF 1.3 for Gephi: parallel relations kept apart, timeline (read back by kgraph)";
    }
    void write(const KnowledgeGraph& kg, std::ostream& os,
               const ExportOptions& opts) const override {
        write_gexf(kg, os, opts);
    }
    bool can_read() const noexcept override { return true; }
    KnowledgeGraph read(std::istream& is, std::shared_ptr<const Ontology> ontology,
                        const std::string& origin) const override {
        return read_gexf(is, std::move(ontology), origin);
    }
};

}  // namespace kg::exporters
