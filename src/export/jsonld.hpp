#pragma once
// JSON-LD 1.1 (https://www.w3.org/TR/json-ld11/), written with a checked RapidJSON PrettyWriter and
// read back with util/json.hpp.
//
// Shape: {"@context": <inline context from jsonld_context()>, "@graph": [...]} holding, in order:
//   - one schema:Dataset node (<base>graph) with the ontology version;
//   - documents as schema:NewsArticle ("Article") nodes <base>doc/<file>: identifier (the file
//     name), datePublished, publisher, headline;
//   - entities <base>id/<type>/<slug> with @type (the type term, e.g. "Person" = schema:Person),
//     identifier (the kgraph id), name, alternateName, additionalProperty (schema:PropertyValue
//     per attribute), evidence, and each outgoing relation as a property (camelCase term, e.g.
//     "holdsOffice") listing the tail IRIs;
//   - each relation again as an rdf:Statement ("Statement") with subject, predicate (the term),
//     object, confidence, inferred, inferredFrom, additionalProperty, prov:wasDerivedFrom
//     (<base>doc/<file>#char=<b>,<e>) and evidence;
//   - one named graph per document that supports a relation, named by the document's IRI
//     ({"@id": <doc IRI>, "@graph": [{"@id": head, term: tail}, ...]}), holding those relations.
// An evidence item is {"@type": "Evidence", "wasDerivedFrom", "sentence", "quote"}.
// IRI segments are percent-encoded (RFC 3986 unreserved characters kept). Strings are written as
// JSON escapes them (control characters as \u00NN); invalid UTF-8 and non-finite numbers are
// kg::ExportError, never silently broken output.
// ExportOptions::include_provenance = false leaves out evidence and wasDerivedFrom.
// Not supported: reading arbitrary JSON-LD. The reader takes the shape written here (no context
// processing, terms matched literally).
#include <istream>
#include <memory>
#include <ostream>
#include <string>

#include "export/format.hpp"

namespace kg::exporters {

/// The JSON-LD context document for `ontology`, i.e. the text of ontology/context.jsonld:
/// `{"@context": {prefixes, type terms, relation terms, name/alternateName, provenance terms}}`,
/// pretty-printed with a trailing newline. The exporters inline the same object. Throws
/// kg::ExportError when an ontology term collides with a built-in term.
std::string jsonld_context(const Ontology& ontology);

/// The IRI of an entity (<base>id/<type>/<slug>) and of a document (<base>doc/<file>), shared
/// with the N-Quads writer so both name the same resources.
std::string jsonld_entity_iri(const Ontology& ontology, const EntityProps& e);
std::string jsonld_document_iri(const Ontology& ontology, const DocumentInfo& d);

/// Writes `kg` as JSON-LD to `os`. O(V + E + total evidence).
void write_jsonld(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts = {});

/// write_jsonld() into a string.
std::string to_jsonld_string(const KnowledgeGraph& kg, const ExportOptions& opts = {});

/// Reads JSON-LD written by write_jsonld() and rebuilds the graph through KnowledgeGraph's API.
/// Invalid JSON, a missing field, an unknown type, a duplicate id or a statement naming an
/// unknown node is a kg::InputError naming `origin` and the item.
KnowledgeGraph read_jsonld(std::istream& is, std::shared_ptr<const Ontology> ontology,
                           const std::string& origin);

class JsonldFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "jsonld"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".jsonld"}; }
    std::string_view description() const noexcept override {
        return "JSON-LD with schema.org terms and statement provenance (read back by kgraph)";
    }
    void write(const KnowledgeGraph& kg, std::ostream& os,
               const ExportOptions& opts) const override {
        write_jsonld(kg, os, opts);
    }
    bool can_read() const noexcept override { return true; }
    KnowledgeGraph read(std::istream& is, std::shared_ptr<const Ontology> ontology,
                        const std::string& origin) const override {
        return read_jsonld(is, std::move(ontology), origin);
    }
};

}  // namespace kg::exporters
