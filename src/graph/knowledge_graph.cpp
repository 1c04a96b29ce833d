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

KnowledgeGraph::KnowledgeGraph(std::shared_ptr<const Ontology> ontology)
    : ontology_(std::move(ontology)) {
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
    }
    return *this;
}

void KnowledgeGraph::rebuild_relation_index() {
    triples_.clear();
    for (auto [it, end] = boost::edges(g_); it != end; ++it)
        triples_.emplace(
            std::make_tuple(boost::source(*it, g_), g_[*it].type, boost::target(*it, g_)), *it);
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
    if (auto it = by_id_.find(e.id); it != by_id_.end()) {
        EntityProps& known = g_[it->second];
        if (known.type != e.type)
            throw OntologyError("KG-E212",
                                "entity '" + e.id + "' is a " + ontology_->entity(known.type).id +
                                    " and cannot also be a " + ontology_->entity(e.type).id + ".");
        if (e.label != known.label) e.aliases.push_back(e.label);
        std::erase(e.aliases, known.label);
        merge_sorted_unique(known.aliases, e.aliases);
        for (auto& [k, v] : e.attrs) known.attrs.emplace(k, std::move(v));
        merge_sorted_unique(known.evidence, e.evidence);
        return it->second;
    }
    std::erase(e.aliases, e.label);
    std::sort(e.aliases.begin(), e.aliases.end());
    e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
    const std::string id = e.id;
    const Vertex v = boost::add_vertex(std::move(e), g_);
    by_id_.emplace(id, v);
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
    std::sort(r.inferred_from.begin(), r.inferred_from.end());
    r.inferred_from.erase(std::unique(r.inferred_from.begin(), r.inferred_from.end()),
                          r.inferred_from.end());
    const auto key = std::make_tuple(head, r.type, tail);
    if (auto it = triples_.find(key); it != triples_.end()) {
        RelationProps& known = g_[it->second];
        known.inferred = known.inferred && r.inferred;
        known.confidence = std::max(known.confidence, r.confidence);
        for (auto& [k, v] : r.attrs) known.attrs.emplace(k, std::move(v));
        merge_sorted_unique(known.evidence, r.evidence);
        merge_sorted_unique(known.inferred_from, r.inferred_from);
        if (!known.inferred) known.inferred_from.clear();
        return it->second;
    }
    if (!r.inferred) r.inferred_from.clear();
    const Edge e = boost::add_edge(head, tail, std::move(r), g_).first;
    triples_.emplace(key, e);
    return e;
}

void KnowledgeGraph::update_relation(Edge e, double confidence,
                                     const std::map<std::string, std::string>& attrs) {
    g_[e].confidence = std::clamp(confidence, 0.0, 1.0);
    g_[e].attrs = attrs;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
    if (auto it = by_id_.find(std::string(id)); it != by_id_.end()) return it->second;
    return std::nullopt;
}

std::optional<Edge> KnowledgeGraph::find_relation(Vertex head, RelationTypeId type,
                                                  Vertex tail) const {
    if (auto it = triples_.find(std::make_tuple(head, type, tail)); it != triples_.end())
        return it->second;
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
