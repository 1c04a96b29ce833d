#pragma once
// The plain-data vocabulary of the knowledge graph, in Boost.Graph's bundled-property style.
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "util/boxed.hpp"
#include "util/interned_string.hpp"

namespace kg {

using EntityTypeId = std::uint16_t;    ///< index into Ontology::entity_types()
using RelationTypeId = std::uint16_t;  ///< index into Ontology::relation_types()
using DocId = std::uint32_t;           ///< index into KnowledgeGraph::documents()

/// [begin, end) byte offsets into a document's original UTF-8 text.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const Span&, const Span&) = default;
    friend auto operator<=>(const Span&, const Span&) = default;
};

/// One article the graph was built from. `date` is ISO-8601 (YYYY-MM-DD) or empty when unknown.
struct DocumentInfo {
    std::string file;  ///< file name relative to the corpus folder: the document's stable key
    std::string date;
    std::string source;
    std::string title;
    friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

/// Where a fact was read: the document, the sentence index in it, the character span of the
/// mention or relation, and the sentence text itself so that answers can quote it (interned: the
/// facts of one sentence share its text).
struct Provenance {
    DocId doc = 0;
    std::uint32_t sentence = 0;
    Span span;
    InternedString quote;
    friend bool operator==(const Provenance&, const Provenance&) = default;
    friend auto operator<=>(const Provenance&, const Provenance&) = default;
};

/// Vertex bundle.
struct EntityProps {
    std::string id;     ///< stable content-derived id, e.g. "person:shin-won-sik"; the export id
    std::string label;  ///< canonical name
    EntityTypeId type{};
    std::vector<std::string> aliases;  ///< sorted, unique, never containing the label
    Boxed<std::map<std::string, std::string>> attrs;  ///< e.g. "date" and "city" of a Meeting
    std::vector<Provenance> evidence;                 ///< sorted, unique
};

/// Edge bundle.
struct RelationProps {
    RelationTypeId type{};
    bool inferred = false;
    double confidence = 1.0;                          ///< in [0, 1]
    Boxed<std::map<std::string, std::string>> attrs;  ///< e.g. "office" on succeeded
    std::vector<Provenance> evidence;                 ///< sorted, unique
    /// Fact ids (see fact_id()) an inferred edge rests on, sorted and unique.
    Boxed<std::vector<std::string>> inferred_from;
};

/// Graph bundle.
struct GraphProps {
    std::string ontology_version;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityProps,
                                    RelationProps, GraphProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

}  // namespace kg
