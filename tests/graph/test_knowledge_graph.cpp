#include <doctest/doctest.h>

#include <memory>

#include "graph/knowledge_graph.hpp"
#include "support/fixtures.hpp"
#include "util/error.hpp"

using namespace kg;
using kg::test::add;
using kg::test::relate;

TEST_SUITE("graph/knowledge_graph") {
    TEST_CASE(
        "knowledge graph: the same id merges into one node with united aliases and evidence") {
        KnowledgeGraph kg(test::ontology());
        EntityProps a;
        a.type = kg.ontology().entity_type("Person");
        a.label = "Shin Won-sik";
        a.id = KnowledgeGraph::entity_id(kg.ontology(), a.type, a.label);
        a.aliases = {"Shin"};
        a.evidence = {Provenance{0, 1, {10, 22}, "s1"}};
        EntityProps b = a;
        b.label = "Minister Shin";
        b.aliases = {"Shin"};
        b.evidence = {Provenance{1, 0, {0, 13}, "s2"}, Provenance{0, 1, {10, 22}, "s1"}};
        const auto v1 = kg.add_entity(a);
        const auto v2 = kg.add_entity(b);
        CHECK(v1 == v2);
        CHECK(kg.num_entities() == 1);
        const auto& e = kg.graph()[v1];
        CHECK(e.id == "person:shin-won-sik");
        CHECK(e.label == "Shin Won-sik");
        CHECK(e.aliases == std::vector<std::string>{"Minister Shin", "Shin"});
        CHECK(e.evidence.size() == 2);
    }

    TEST_CASE("knowledge graph: a repeated relation merges evidence instead of adding an edge") {
        KnowledgeGraph kg(test::ontology());
        const auto p = add(kg, "Person", "A B");
        const auto o = add(kg, "Office", "Minister (X)");
        relate(kg, p, "holds-office", o, "one");
        relate(kg, p, "holds-office", o, "two");
        CHECK(kg.num_relations() == 1);
        const auto e = *kg.find_relation(p, kg.ontology().relation_type("holds-office"), o);
        CHECK(kg.graph()[e].evidence.size() == 2);
        CHECK(kg.fact_id(e) == "person:a-b holds-office office:minister-x");
    }

    TEST_CASE("regression: a copied or moved graph finds and merges its own edges") {
        // Boost's adjacency_list copies edges into new storage; an index of edge descriptors
        // copied along pointed into the source graph (a crash once the source was gone).
        auto original = std::make_unique<KnowledgeGraph>(test::ontology());
        const auto p = add(*original, "Person", "A B");
        const auto o = add(*original, "Office", "Minister (X)");
        relate(*original, p, "holds-office", o, "one");
        const auto holds = original->ontology().relation_type("holds-office");
        KnowledgeGraph copy(*original);
        KnowledgeGraph moved(std::move(*std::make_unique<KnowledgeGraph>(*original)));
        KnowledgeGraph assigned(test::ontology());
        assigned = copy;
        relate(copy, p, "holds-office", o, "two");  // merges into the copy's edge only
        CHECK(original->graph()[*original->find_relation(p, holds, o)].evidence.size() == 1);
        original.reset();
        CHECK(copy.num_relations() == 1);
        CHECK(copy.graph()[*copy.find_relation(p, holds, o)].evidence.size() == 2);
        CHECK(moved.graph()[*moved.find_relation(p, holds, o)].evidence.size() == 1);
        CHECK(assigned.graph()[*assigned.find_relation(p, holds, o)].evidence.size() == 1);
        relate(assigned, p, "holds-office", o, "three");
        CHECK(assigned.num_relations() == 1);
        CHECK(assigned.graph()[*assigned.find_relation(p, holds, o)].evidence.size() == 2);
    }

    TEST_CASE("knowledge graph: parallel relations of different types stay apart") {
        KnowledgeGraph kg(test::ontology());
        const auto p = add(kg, "Person", "A B");
        const auto m = add(kg, "Meeting", "1st Talks");
        relate(kg, p, "co-chaired", m);
        relate(kg, p, "attended", m);
        CHECK(kg.num_relations() == 2);
    }

    TEST_CASE(
        "knowledge graph: an edge outside domain/range is rejected naming relation and ends") {
        KnowledgeGraph kg(test::ontology());
        const auto c = add(kg, "Country", "Freedonia");
        const auto o = add(kg, "Office", "President (Freedonia)");
        CHECK_THROWS_WITH_AS(
            relate(kg, c, "holds-office", o),
            doctest::Contains("relation 'holds-office' cannot go from Country 'country:freedonia'"),
            OntologyError);
        CHECK(kg.num_relations() == 0);
    }

    TEST_CASE("knowledge graph: an explicit statement turns an inferred edge into a stated one") {
        KnowledgeGraph kg(test::ontology());
        const auto a = add(kg, "Person", "A");
        const auto b = add(kg, "Person", "B");
        RelationProps r;
        r.type = kg.ontology().relation_type("succeeded");
        r.inferred = true;
        r.confidence = 0.6;
        r.inferred_from = {"x", "y"};
        const auto e = kg.add_relation(a, b, r);
        CHECK(kg.graph()[e].inferred);
        RelationProps s;
        s.type = r.type;
        s.confidence = 0.9;
        kg.add_relation(a, b, s);
        CHECK_FALSE(kg.graph()[e].inferred);
        CHECK(kg.graph()[e].inferred_from.empty());
        CHECK(kg.graph()[e].confidence == doctest::Approx(0.9));
    }

    TEST_CASE("knowledge graph: one id cannot name two types") {
        KnowledgeGraph kg(test::ontology());
        add(kg, "Person", "Georgia");
        EntityProps e;
        e.type = kg.ontology().entity_type("Country");
        e.label = "Georgia";
        e.id = "person:georgia";
        CHECK_THROWS_AS(kg.add_entity(e), OntologyError);
    }

    TEST_CASE("knowledge graph: documents are keyed by file name") {
        KnowledgeGraph kg(test::ontology());
        CHECK(kg.add_document({"a.txt", "", "", ""}) == 0);
        CHECK(kg.add_document({"b.txt", "2024-01-01", "", ""}) == 1);
        CHECK(kg.add_document({"a.txt", "2023-05-06", "Wire", ""}) == 0);
        CHECK(kg.documents()[0].date == "2023-05-06");
    }
}
