#include "extract/graph_writer.hpp"

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

void write_document(const Document& doc, KnowledgeGraph& kg) {
    std::vector<std::optional<Vertex>> vertex(doc.mentions.size());
    for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
        const auto& m = doc.mentions[i];
        const char* type = type_name(m.kind);
        if (!type || text::slugify(m.label).empty()) continue;
        EntityProps e;
        e.type = kg.ontology().entity_type(type);
        e.label = m.label;
        e.id = KnowledgeGraph::entity_id(kg.ontology(), e.type, m.label);
        if (!m.surface.empty() && m.surface != m.label)
            e.aliases.push_back(text::collapse_spaces(m.surface));
        e.evidence.push_back(Provenance{doc.id, m.sentence, doc.original_span(m.span),
                                        doc.sentence_quote(m.sentence)});
        vertex[i] = kg.add_entity(std::move(e));
    }
    for (const auto& r : doc.relations) {
        if (!vertex.at(r.head) || !vertex.at(r.tail)) continue;
        RelationProps p;
        p.type = kg.ontology().relation_type(r.type);
        p.confidence = r.confidence;
        p.evidence.push_back(Provenance{doc.id, r.sentence, doc.original_span(r.evidence),
                                        doc.sentence_quote(r.sentence)});
        kg.add_relation(*vertex[r.head], *vertex[r.tail], std::move(p));
    }
}

}  // namespace kg::extract
