#include "graph/knowledge_graph.hpp"

#include <algorithm>

#include "util/error.hpp"
#include "util/text.hpp"

namespace kg {

// Linear, not a re-sort: a hub entity (a country, a ministry) gains evidence from thousands of
// documents, and documents arrive in order, so the new items usually just go at the end.
template <class T>
void merge_sorted_unique(std::vector<T>& into, const std::vector<T>& items) {
    if (items.empty()) return;
    const auto middle = static_cast<std::ptrdiff_t>(into.size());
    into.insert(into.end(), items.begin(), items.end());
    const auto added = into.begin() + middle;
    if (!std::is_sorted(added, into.end())) std::sort(added, into.end());
    auto from = into.begin();  // where duplicates can be
    if (middle > 0 && !(*(added - 1) < *added))
        std::inplace_merge(into.begin(), added, into.end());
    else if (middle > 0)
        from = added - 1;
    into.erase(std::unique(from, into.end()), into.end());
}
template void merge_sorted_unique(std::vector<std::string>&, const std::vector<std::string>&);
template void merge_sorted_unique(std::vector<Provenance>&, const std::vector<Provenance>&);

namespace {
constexpr std::size_t kFirstIndexSize = 16;

// splitmix64's finaliser: vertex numbers are small and dense, so they need mixing.
std::size_t mix(std::uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return static_cast<std::size_t>(x);
}

std::size_t triple_hash(Vertex head, RelationTypeId type, Vertex tail) {
    return mix((static_cast<std::uint64_t>(head) << 32 | tail) ^
               (static_cast<std::uint64_t>(type) * 0x9E3779B97F4A7C15ULL));
}

// Tables grow to twice the size when more than 3/4 full.
bool too_full(std::size_t items, std::size_t size) { return (items + 1) * 4 > size * 3; }
}  // namespace

KnowledgeGraph::KnowledgeGraph(std::shared_ptr<const Ontology> ontology)
    : ontology_(std::move(ontology)), by_id_(kFirstIndexSize), triples_(kFirstIndexSize) {
    if (!ontology_) throw OntologyError("KG-E204", "a knowledge graph needs an ontology.");
    g_[boost::graph_bundle].ontology_version = ontology_->version();
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : ontology_(other.ontology_),
      g_(other.g_),
      documents_(other.documents_),
      doc_by_file_(other.doc_by_file_),
      by_id_(other.by_id_) {
    rebuild_relation_index();
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : ontology_(std::move(other.ontology_)),
      g_(std::move(other.g_)),
      documents_(std::move(other.documents_)),
      doc_by_file_(std::move(other.doc_by_file_)),
      by_id_(std::move(other.by_id_)) {
    rebuild_relation_index();
    // A moved-from graph finds nothing, rather than following pointers into this one.
    other.by_id_.assign(kFirstIndexSize, 0);
    other.triples_.assign(kFirstIndexSize, TripleSlot{});
    other.num_triples_ = 0;
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
    if (this != &other) {
        KnowledgeGraph copy(other);
        *this = std::move(copy);
    }
    return *this;
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
    if (this != &other) {
        ontology_ = std::move(other.ontology_);
        g_ = std::move(other.g_);
        documents_ = std::move(other.documents_);
        doc_by_file_ = std::move(other.doc_by_file_);
        by_id_ = std::move(other.by_id_);
        rebuild_relation_index();
        other.by_id_.assign(kFirstIndexSize, 0);
        other.triples_.assign(kFirstIndexSize, TripleSlot{});
        other.num_triples_ = 0;
    }
    return *this;
}

void KnowledgeGraph::rebuild_relation_index() {
    std::size_t size = kFirstIndexSize;
    while (too_full(boost::num_edges(g_), size)) size *= 2;
    triples_.assign(size, TripleSlot{});
    num_triples_ = 0;
    for (auto [it, end] = boost::edges(g_); it != end; ++it) insert_triple(*it);
}

std::size_t KnowledgeGraph::triple_slot(Vertex head, RelationTypeId type, Vertex tail) const {
    const std::size_t mask = triples_.size() - 1;
    for (std::size_t i = triple_hash(head, type, tail) & mask;; i = (i + 1) & mask) {
        const TripleSlot& s = triples_[i];
        if (!s.edge) return i;
        if (s.head == head && s.tail == tail && g_[Edge(s.head, s.tail, s.edge)].type == type)
            return i;
    }
}

void KnowledgeGraph::insert_triple(Edge e) {
    if (too_full(num_triples_, triples_.size())) {
        std::vector<TripleSlot> old(triples_.size() * 2);
        old.swap(triples_);
        for (const TripleSlot& s : old)
            if (s.edge) {
                const std::size_t mask = triples_.size() - 1;
                std::size_t i =
                    triple_hash(s.head, g_[Edge(s.head, s.tail, s.edge)].type, s.tail) & mask;
                while (triples_[i].edge) i = (i + 1) & mask;
                triples_[i] = s;
            }
    }
    const Vertex head = boost::source(e, g_), tail = boost::target(e, g_);
    triples_[triple_slot(head, g_[e].type, tail)] = TripleSlot{
        static_cast<std::uint32_t>(head), static_cast<std::uint32_t>(tail), e.get_property()};
    ++num_triples_;
}

std::size_t KnowledgeGraph::id_slot(std::string_view id) const {
    const std::size_t mask = by_id_.size() - 1;
    for (std::size_t i = std::hash<std::string_view>{}(id)&mask;; i = (i + 1) & mask)
        if (!by_id_[i] || g_[by_id_[i] - 1].id == id) return i;
}

void KnowledgeGraph::insert_id(Vertex v) {
    if (too_full(boost::num_vertices(g_) - 1, by_id_.size())) {
        std::vector<std::uint32_t> old(by_id_.size() * 2);
        old.swap(by_id_);
        for (const std::uint32_t slot : old)
            if (slot) by_id_[id_slot(g_[slot - 1].id)] = slot;
    }
    by_id_[id_slot(g_[v].id)] = static_cast<std::uint32_t>(v + 1);
}

DocId KnowledgeGraph::add_document(const DocumentInfo& doc) {
    if (auto it = doc_by_file_.find(doc.file); it != doc_by_file_.end()) {
        auto& known = documents_[it->second];
        if (known.date.empty()) known.date = doc.date;
        if (known.source.empty()) known.source = doc.source;
        if (known.title.empty()) known.title = doc.title;
        return it->second;
    }
    const auto id = static_cast<DocId>(documents_.size());
    documents_.push_back(doc);
    doc_by_file_.emplace(doc.file, id);
    return id;
}

Vertex KnowledgeGraph::add_entity(EntityProps e) {
    if (e.id.empty() || e.label.empty())
        throw OntologyError("KG-E210", "an entity needs an id and a label (got id '" + e.id +
                                           "', label '" + e.label + "').");
    if (e.type >= ontology_->entity_types().size())
        throw OntologyError("KG-E211", "entity '" + e.id + "' has an unknown type index.");
    std::sort(e.evidence.begin(), e.evidence.end());
    e.evidence.erase(std::unique(e.evidence.begin(), e.evidence.end()), e.evidence.end());
    if (const std::uint32_t slot = by_id_[id_slot(e.id)]) {
        const Vertex v = slot - 1;
        EntityProps& known = g_[v];
        if (known.type != e.type)
            throw OntologyError("KG-E212",
                                "entity '" + e.id + "' is a " + ontology_->entity(known.type).id +
                                    " and cannot also be a " + ontology_->entity(e.type).id + ".");
        if (e.label != known.label) e.aliases.push_back(e.label);
        std::erase(e.aliases, known.label);
        merge_sorted_unique(known.aliases, e.aliases);
        for (auto& [k, val] : e.attrs) known.attrs.emplace(k, std::move(val));
        merge_sorted_unique(known.evidence, e.evidence);
        return v;
    }
    // by_id_ stores vertex + 1 in 32 bits.
    if (boost::num_vertices(g_) >= UINT32_MAX - 1)
        throw OntologyError("KG-E213", "a knowledge graph holds at most " +
                                           std::to_string(UINT32_MAX - 1) + " entities.");
    std::erase(e.aliases, e.label);
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
    const Vertex v = boost::add_vertex(std::move(e), g_);
    insert_id(v);
    return v;
}

Edge KnowledgeGraph::add_relation(Vertex head, Vertex tail, RelationProps r) {
    const auto n = boost::num_vertices(g_);
    if (head >= n || tail >= n)
        throw OntologyError("KG-E220", "a relation names an entity that is not in the graph.");
    if (r.type >= ontology_->relation_types().size())
        throw OntologyError("KG-E221", "a relation has an unknown type index.");
    const auto& rel = ontology_->relation(r.type);
    if (!ontology_->allows(r.type, g_[head].type, g_[tail].type))
        throw OntologyError("KG-E222", "relation '" + rel.id + "' cannot go from " +
                                           ontology_->entity(g_[head].type).id + " '" +
                                           g_[head].id + "' to " +
                                           ontology_->entity(g_[tail].type).id + " '" +
                                           g_[tail].id + "' (domain/range of relations.json).");
    r.confidence = std::clamp(r.confidence, 0.0, 1.0);
    std::sort(r.evidence.begin(), r.evidence.end());
    r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
    if (!r.inferred_from.empty()) {
        auto& from = r.inferred_from.mut();
        std::sort(from.begin(), from.end());
        from.erase(std::unique(from.begin(), from.end()), from.end());
    }
    if (const TripleSlot& s = triples_[triple_slot(head, r.type, tail)]; s.edge) {
        const Edge e(s.head, s.tail, s.edge);
        RelationProps& known = g_[e];
        known.inferred = known.inferred && r.inferred;
        known.confidence = std::max(known.confidence, r.confidence);
        for (auto& [k, v] : r.attrs) known.attrs.emplace(k, std::move(v));
        merge_sorted_unique(known.evidence, r.evidence);
        if (!r.inferred_from.empty())
            merge_sorted_unique(known.inferred_from.mut(), r.inferred_from.get());
        if (!known.inferred) known.inferred_from.clear();
        return e;
    }
    if (!r.inferred) r.inferred_from.clear();
    const Edge e = boost::add_edge(head, tail, std::move(r), g_).first;
    insert_triple(e);
    return e;
}

void KnowledgeGraph::update_relation(Edge e, double confidence,
                                     const std::map<std::string, std::string>& attrs) {
    g_[e].confidence = std::clamp(confidence, 0.0, 1.0);
    g_[e].attrs = attrs;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
    if (const std::uint32_t slot = by_id_[id_slot(id)]) return Vertex{slot - 1};
    return std::nullopt;
}

std::optional<Edge> KnowledgeGraph::find_relation(Vertex head, RelationTypeId type,
                                                  Vertex tail) const {
    const auto n = boost::num_vertices(g_);
    if (head >= n || tail >= n) return std::nullopt;
    if (const TripleSlot& s = triples_[triple_slot(head, type, tail)]; s.edge)
        return Edge(s.head, s.tail, s.edge);
    return std::nullopt;
}

std::string KnowledgeGraph::fact_id(Edge e) const {
    return g_[boost::source(e, g_)].id + " " + ontology_->relation(g_[e].type).id + " " +
           g_[boost::target(e, g_)].id;
}

std::string KnowledgeGraph::entity_id(const Ontology& ontology, EntityTypeId type,
                                      std::string_view label) {
    return text::to_lower_ascii(ontology.entity(type).id) + ":" + text::slugify(label);
}

}  // namespace kg
