#pragma once
// Fixtures shared by every test: the project's ontology, a small graph builder, and the path to
// ../shared (absent in a user's fresh clone: tests that need it skip with a message).
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "graph/knowledge_graph.hpp"
#include "graph/ontology.hpp"

namespace kg::test {

inline std::filesystem::path source_dir() { return KG_SOURCE_DIR; }
inline std::filesystem::path binary_dir() { return KG_BINARY_DIR; }

/// The project's own ontology, loaded once.
inline std::shared_ptr<const Ontology> ontology() {
    static const auto o =
        std::make_shared<const Ontology>(Ontology::load(source_dir() / "ontology"));
    return o;
}

/// ../shared next to the repository, or nullopt (with a doctest MESSAGE) when it is absent.
inline std::optional<std::filesystem::path> shared_dir() {
    const auto p = source_dir().parent_path() / "shared";
    if (std::filesystem::is_directory(p)) return p;
    MESSAGE("skipped: ../shared is absent (a fresh clone without the shared corpus)");
    return std::nullopt;
}

/// A fresh empty folder under the build tree for a test's files.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const auto p = binary_dir() / "test-scratch" / name;
    std::filesystem::remove_all(p);
    std::filesystem::create_directories(p);
    return p;
}

/// Adds (or finds) an entity of `type` named `label` and returns its vertex.
inline Vertex add(KnowledgeGraph& kg, std::string_view type, std::string_view label) {
    EntityProps e;
    e.type = kg.ontology().entity_type(type);
    e.label = std::string(label);
    e.id = KnowledgeGraph::entity_id(kg.ontology(), e.type, label);
    return kg.add_entity(std::move(e));
}

/// Adds a relation of `type` between two vertices with one piece of evidence from document 0.
inline Edge relate(KnowledgeGraph& kg, Vertex head, std::string_view type, Vertex tail,
                   std::string quote = "A sentence.") {
    RelationProps r;
    r.type = kg.ontology().relation_type(type);
    r.evidence.push_back(
        Provenance{0, 0, Span{0, static_cast<std::uint32_t>(quote.size())}, quote});
    return kg.add_relation(head, tail, std::move(r));
}

/// A small graph with two people, an office, a country, a meeting and an agreement, and names
/// that exercise escaping (quotes, ampersand, angle brackets, backslash, non-ASCII).
inline KnowledgeGraph small_graph() {
    KnowledgeGraph kg(ontology());
    kg.add_document({"a.txt", "2024-01-02", "Test Wire", "First"});
    kg.add_document({"b.txt", "2024-03-04", "Test Wire", "Second"});
    const auto p1 = add(kg, "Person", "Ana Müller");
    const auto p2 = add(kg, "Person", "Bo \"The Chief\" <Lee> & Co\\");
    const auto office = add(kg, "Office", "Minister of Defense (Freedonia)");
    const auto country = add(kg, "Country", "Freedonia");
    const auto meeting = add(kg, "Meeting", "1st Freedonia Talks");
    const auto accord = add(kg, "Agreement", "Harbor Accord");
    relate(kg, p1, "holds-office", office, "Defense Minister Ana Müller spoke.");
    relate(kg, office, "office-of", country);
    relate(kg, p1, "co-chaired", meeting);
    relate(kg, p2, "attended", meeting);
    relate(kg, meeting, "discussed", accord,
           "They discussed the \"Harbor Accord\" & more.\nNext line.");
    relate(kg, meeting, "held-in", country);
    return kg;
}

}  // namespace kg::test
