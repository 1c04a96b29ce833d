#pragma once
// The machine-readable annotation guide: entity types and relation types with their IRIs,
// domain/range and display style, loaded from ontology/types.json and ontology/relations.json.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.hpp"

namespace kg {

/// How a type is drawn (DOT, GraphML/GEXF colours).
struct Style {
    std::string color;  ///< "#RRGGBB"
    std::string shape;  ///< DOT node shape (entity types)
    std::string line;   ///< DOT edge style (relation types)
};

struct EntityType {
    std::string id;   ///< PascalCase, e.g. "Person"
    std::string iri;  ///< compact IRI, e.g. "schema:Person"
    std::string description;
    Style style;
};

struct RelationType {
    std::string id;  ///< kebab-case, e.g. "holds-office"
    std::string iri;
    std::string description;
    std::vector<EntityTypeId> domain;
    std::vector<EntityTypeId> range;
    bool inferable = false;
    Style style;
    std::string term;  ///< JSON-LD term: the id in camelCase ("holdsOffice")
};

/// Entity and relation types of the graph. Immutable after load.
class Ontology {
  public:
    /// Loads `dir`/types.json and `dir`/relations.json and validates them: ids well formed and
    /// unique, domain and range naming known types, colours "#RRGGBB", IRIs using a declared
    /// prefix. Throws kg::OntologyError naming the file and the JSON pointer of the fault.
    static Ontology load(const std::filesystem::path& dir);

    /// Builds from already-parsed JSON texts (used by load() and by tests).
    static Ontology from_json(std::string_view types_json, std::string_view relations_json,
                              const std::string& types_origin = "types.json",
                              const std::string& relations_origin = "relations.json");

    const std::string& version() const noexcept { return version_; }
    const std::string& base() const noexcept { return base_; }
    const std::map<std::string, std::string>& prefixes() const noexcept { return prefixes_; }
    const std::vector<EntityType>& entity_types() const noexcept { return entity_types_; }
    const std::vector<RelationType>& relation_types() const noexcept { return relation_types_; }

    std::optional<EntityTypeId> find_entity_type(std::string_view id) const;
    std::optional<RelationTypeId> find_relation_type(std::string_view id) const;
    /// Like find_*, but an unknown id is a kg::OntologyError naming it.
    EntityTypeId entity_type(std::string_view id) const;
    RelationTypeId relation_type(std::string_view id) const;

    const EntityType& entity(EntityTypeId t) const { return entity_types_.at(t); }
    const RelationType& relation(RelationTypeId t) const { return relation_types_.at(t); }

    /// True when a `rel` edge may go from a `head` entity to a `tail` entity.
    bool allows(RelationTypeId rel, EntityTypeId head, EntityTypeId tail) const;

    /// Expands a compact IRI ("schema:Person") with the declared prefixes.
    std::string expand(std::string_view compact) const;

  private:
    std::string version_;
    std::string base_;
    std::map<std::string, std::string> prefixes_;
    std::vector<EntityType> entity_types_;
    std::vector<RelationType> relation_types_;
};

/// The ontology directory to use: `explicit_dir` when given, else $KGRAPH_ONTOLOGY, else the
/// `ontology/` folder next to the binary's share path, else the source tree's (build default).
std::filesystem::path default_ontology_dir(const std::filesystem::path& explicit_dir = {});

}  // namespace kg
