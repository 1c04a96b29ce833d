#pragma once
// The knowledge graph: a Boost adjacency_list plus the indexes that keep one node per real thing
// and one edge per (head, relation, tail). KnowledgeGraph is the only writer of the Graph.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ontology.hpp"
#include "graph/types.hpp"

namespace kg {

class KnowledgeGraph {
  public:
    explicit KnowledgeGraph(std::shared_ptr<const Ontology> ontology);

    // Boost's adjacency_list has no move constructor and its copy makes new edge descriptors,
    // so copies and moves rebuild the (head, relation, tail) index instead of keeping
    // descriptors into the source graph. O(E log E).
    KnowledgeGraph(const KnowledgeGraph& other);
    KnowledgeGraph(KnowledgeGraph&& other);
    KnowledgeGraph& operator=(const KnowledgeGraph& other);
    KnowledgeGraph& operator=(KnowledgeGraph&& other);
    ~KnowledgeGraph() = default;

    /// Registers a document and returns its DocId; a document with the same `file` is the same
    /// document (its id is returned, empty fields are filled in). O(log d).
    DocId add_document(const DocumentInfo& doc);

    /// Adds an entity, or merges it into the existing one with the same id: aliases are united
    /// (the label of the first stays canonical), missing attributes are added, evidence is united.
    /// Throws OntologyError when the id exists with another type, or the id or label is empty.
    /// O(log V + |aliases| + |evidence|).
    Vertex add_entity(EntityProps e);

    /// Adds a relation head -> tail, or merges it into the existing edge of the same type between
    /// the same ends (evidence and inferred_from united, confidence the maximum, an explicit
    /// statement makes the edge non-inferred). Throws OntologyError naming the relation and both
    /// ends when the ontology's domain/range forbids it.
    Edge add_relation(Vertex head, Vertex tail, RelationProps r);

    /// Replaces the confidence and attrs of an existing edge (used by inference passes).
    void update_relation(Edge e, double confidence,
                         const std::map<std::string, std::string>& attrs);

    std::optional<Vertex> find(std::string_view id) const;
    std::optional<Edge> find_relation(Vertex head, RelationTypeId type, Vertex tail) const;

    const Graph& graph() const noexcept { return g_; }
    const Ontology& ontology() const noexcept { return *ontology_; }
    const std::shared_ptr<const Ontology>& ontology_ptr() const noexcept { return ontology_; }
    const std::vector<DocumentInfo>& documents() const noexcept { return documents_; }

    std::size_t num_entities() const noexcept { return boost::num_vertices(g_); }
    std::size_t num_relations() const noexcept { return boost::num_edges(g_); }

    /// Stable id of an edge: "<head id> <relation> <tail id>", the name inferred edges cite.
    std::string fact_id(Edge e) const;

    /// The stable id kgraph gives an entity of type `type` named `label`:
    /// "<type in lower case>:<slug of label>", e.g. "person:shin-won-sik".
    static std::string entity_id(const Ontology& ontology, EntityTypeId type,
                                 std::string_view label);

  private:
    // Both indexes are open-addressing tables (linear probing, power-of-two sizes) holding
    // vertex numbers and edge pointers, not copies of ids and descriptors: as a std::map and an
    // std::unordered_map of strings they took about 100 bytes per edge and per entity.
    struct TripleSlot {
        std::uint32_t head = 0, tail = 0;
        void* edge = nullptr;  // the edge's property pointer; null for a free slot
    };
    std::size_t triple_slot(Vertex head, RelationTypeId type, Vertex tail) const;
    void insert_triple(Edge e);
    std::size_t id_slot(std::string_view id) const;
    void insert_id(Vertex v);
    void rebuild_relation_index();

    std::shared_ptr<const Ontology> ontology_;
    Graph g_;
    std::vector<DocumentInfo> documents_;
    std::map<std::string, DocId, std::less<>> doc_by_file_;
    std::vector<std::uint32_t> by_id_;  // vertex + 1 by hash of its id; 0 for a free slot
    std::vector<TripleSlot> triples_;   // (head, relation, tail) -> edge
    std::size_t num_triples_ = 0;
};

/// Inserts `items` into the sorted, unique vector `into`.
template <class T>
void merge_sorted_unique(std::vector<T>& into, const std::vector<T>& items);

}  // namespace kg
