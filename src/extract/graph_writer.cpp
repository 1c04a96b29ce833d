#include "extract/graph_writer.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "util/text.hpp"

namespace kg::extract {
namespace {

const char* type_name(MentionKind k) {
    switch (k) {
        case MentionKind::person:
            return "Person";
        case MentionKind::country:
            return "Country";
        case MentionKind::organization:
            return "Organization";
        case MentionKind::office:
            return "Office";
        case MentionKind::meeting:
            return "Meeting";
        case MentionKind::agreement:
            return "Agreement";
        case MentionKind::title:
            return nullptr;
    }
    return nullptr;
}

}  // namespace

void write_document(const DocumentFacts& doc, DocId id, KnowledgeGraph& kg) {
    // One add per entity and per edge of the document, with all its evidence: merging evidence
    // one mention at a time would copy the evidence list on every mention (quadratic on long
    // articles). Order of first appearance is kept, so ids and order stay deterministic.
    std::vector<EntityProps> entities;
    std::map<std::string, std::size_t> entity_index;
    std::vector<std::optional<std::size_t>> entity_of(doc.mentions.size());
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        const auto& m = doc.mentions[i];
        const char* type = type_name(m.kind);
        if (!type || text::slugify(m.label).empty()) continue;
        const auto t = kg.ontology().entity_type(type);
        const auto eid = KnowledgeGraph::entity_id(kg.ontology(), t, m.label);
        auto [it, fresh] = entity_index.try_emplace(eid, entities.size());
        if (fresh) {
            EntityProps e;
            e.type = t;
            e.label = m.label;
            e.id = eid;
            entities.push_back(std::move(e));
        }
        // The id starts with the type, so one id is always one type.
        auto& e = entities[it->second];
        for (const auto& [k, v] : m.attrs) {
            // "aliases" carries other names a component gave the thing, joined by '|'.
            if (k != "aliases") {
                e.attrs.try_emplace(k, v);
                continue;
            }
            for (std::size_t from = 0; from < v.size();) {
                const auto bar = std::min(v.find('|', from), v.size());
                if (bar > from) e.aliases.push_back(v.substr(from, bar - from));
                from = bar + 1;
            }
        }
        if (m.label != e.label) e.aliases.push_back(m.label);
        if (!m.surface.empty() && m.surface != m.label)
            e.aliases.push_back(text::collapse_spaces(m.surface));
        e.evidence.push_back(Provenance{id, m.sentence, m.span, doc.quotes.at(m.sentence)});
        entity_of[i] = it->second;
    }
    std::vector<Vertex> vertex;
    vertex.reserve(entities.size());
    for (auto& e : entities) vertex.push_back(kg.add_entity(std::move(e)));

    std::vector<std::pair<std::pair<Vertex, Vertex>, RelationProps>> relations;
    std::map<std::tuple<Vertex, RelationTypeId, Vertex>, std::size_t> relation_index;
    for (const auto& r : doc.relations) {
        if (!entity_of.at(r.head) || !entity_of.at(r.tail)) continue;
        const Vertex h = vertex[*entity_of[r.head]], t = vertex[*entity_of[r.tail]];
        const auto type = kg.ontology().relation_type(r.type);
        auto [it, fresh] = relation_index.try_emplace({h, type, t}, relations.size());
        if (fresh) {
            RelationProps p;
            p.type = type;
            p.confidence = r.confidence;
            relations.push_back({{h, t}, std::move(p)});
        }
        auto& p = relations[it->second].second;
        p.confidence = std::max(p.confidence, r.confidence);
        for (const auto& [k, v] : r.attrs) p.attrs.try_emplace(k, v);
        p.evidence.push_back(Provenance{id, r.sentence, r.evidence, doc.quotes.at(r.sentence)});
    }
    for (auto& [ends, p] : relations) {
        std::sort(p.evidence.begin(), p.evidence.end());
        p.evidence.erase(std::unique(p.evidence.begin(), p.evidence.end()), p.evidence.end());
        kg.add_relation(ends.first, ends.second, std::move(p));
    }
}

}  // namespace kg::extract
