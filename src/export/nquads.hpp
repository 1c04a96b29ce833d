#pragma once
// N-Quads (https://www.w3.org/TR/n-quads/) and N-Triples (https://www.w3.org/TR/n-triples/) for
// triple stores (Oxigraph, Jena, rdflib), with the same IRIs as the JSON-LD export.
//
// Written, one statement a line, in vertex, then edge order:
//   - each document <base>doc/<file>: rdf:type schema:NewsArticle, schema:identifier,
//     schema:datePublished (xsd:date), schema:publisher, schema:headline;
//   - each entity: rdf:type (its type's IRI), schema:identifier (the kgraph id), schema:name,
//     schema:alternateName per alias;
//   - each relation as the triple <head> <relation IRI> <tail>: in N-Quads once in the named
//     graph of every document its evidence cites (a fact undated by evidence, e.g. an inferred
//     one, goes to the default graph); in N-Triples once;
//   - each relation again as an rdf:Statement <base>stmt/<fact id> with rdf:subject,
//     rdf:predicate, rdf:object, kg:confidence (xsd:double), kg:inferred (xsd:boolean) and one
//     prov:wasDerivedFrom <doc IRI>#char=<begin>,<end> per piece of evidence (default graph).
// Literals escape `\`, `"`, newline and carriage return, and other control characters as \uXXXX;
// invalid UTF-8 is a kg::ExportError. For writing only; kgraph does not read these back.
#include <ostream>
#include <string>

#include "export/format.hpp"

namespace kg::exporters {

/// Writes `kg` as N-Quads (`named_graphs`) or N-Triples to `os`. O(V + E + total evidence).
void write_nquads(const KnowledgeGraph& kg, std::ostream& os, bool named_graphs,
                  const ExportOptions& opts = {});

class NquadsFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "nquads"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".nq"}; }
    std::string_view description() const noexcept override {
        return "N-Quads, a named graph per document, for triple stores (not read back)";
    }
    void write(const KnowledgeGraph& kg, std::ostream& os,
               const ExportOptions& opts) const override {
        write_nquads(kg, os, true, opts);
    }
};

class NtriplesFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "ntriples"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".nt"}; }
    std::string_view description() const noexcept override {
        return "N-Triples for triple stores (not read back)";
    }
    void write(const KnowledgeGraph& kg, std::ostream& os,
               const ExportOptions& opts) const override {
        write_nquads(kg, os, false, opts);
    }
};

}  // namespace kg::exporters
