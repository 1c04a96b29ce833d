#include <doctest/doctest.h>

#include "graph/succession.hpp"
#include "support/fixtures.hpp"

using namespace kg;
using kg::test::add;

namespace {
// Records "person holds office" as read in document `doc`.
void holds(KnowledgeGraph& kg, Vertex person, Vertex office, DocId doc) {
    RelationProps r;
    r.type = kg.ontology().relation_type("holds-office");
    r.evidence.push_back(Provenance{doc, 0, {0, 5}, "quote"});
    kg.add_relation(person, office, std::move(r));
}
}  // namespace

TEST_SUITE("graph/succession") {
    TEST_CASE("succession: the later holder succeeds the earlier, inferred from both holdings") {
        KnowledgeGraph kg(test::ontology());
        const DocId d2020 = kg.add_document({"old.txt", "2020-05-01", "", ""});
        const DocId d2021 = kg.add_document({"new.txt", "2021-02-01", "", ""});
        const auto office = add(kg, "Office", "Minister of Defense (Freedonia)");
        const auto a = add(kg, "Person", "Ann Old");
        const auto b = add(kg, "Person", "Ben New");
        holds(kg, b, office, d2021);
        holds(kg, a, office, d2020);
        CHECK(infer_successions(kg) == 1);
        const auto e = kg.find_relation(b, kg.ontology().relation_type("succeeded"), a);
        REQUIRE(e.has_value());
        const auto& r = kg.graph()[*e];
        CHECK(r.inferred);
        CHECK(r.confidence == doctest::Approx(1.0));
        CHECK(r.attrs.at("office") == "office:minister-of-defense-freedonia");
        CHECK(r.inferred_from.size() == 2);
        CHECK(r.evidence.size() == 2);
        CHECK_FALSE(kg.find_relation(a, kg.ontology().relation_type("succeeded"), b).has_value());
    }

    TEST_CASE("succession: a chain of three holders gives two edges, not one to the first") {
        KnowledgeGraph kg(test::ontology());
        const auto office = add(kg, "Office", "President (Freedonia)");
        const auto a = add(kg, "Person", "A One");
        const auto b = add(kg, "Person", "B Two");
        const auto c = add(kg, "Person", "C Three");
        holds(kg, a, office, kg.add_document({"1.txt", "2010-01-01", "", ""}));
        holds(kg, b, office, kg.add_document({"2.txt", "2011-01-01", "", ""}));
        holds(kg, c, office, kg.add_document({"3.txt", "2012-01-01", "", ""}));
        CHECK(infer_successions(kg) == 2);
        const auto s = kg.ontology().relation_type("succeeded");
        CHECK(kg.find_relation(b, s, a).has_value());
        CHECK(kg.find_relation(c, s, b).has_value());
        CHECK_FALSE(kg.find_relation(c, s, a).has_value());
    }

    TEST_CASE("succession: holders seen on the same date give no edge (order unknown)") {
        KnowledgeGraph kg(test::ontology());
        const DocId d = kg.add_document({"same.txt", "2020-05-01", "", ""});
        const auto office = add(kg, "Office", "President (Freedonia)");
        const auto a = add(kg, "Person", "A One");
        const auto b = add(kg, "Person", "B Two");
        holds(kg, a, office, d);
        holds(kg, b, office, d);
        CHECK(infer_successions(kg) == 0);
        CHECK(kg.num_relations() == 2);
    }

    TEST_CASE("succession: a long gap lowers confidence and says so in the basis") {
        KnowledgeGraph kg(test::ontology());
        const auto office = add(kg, "Office", "President (Freedonia)");
        const auto a = add(kg, "Person", "A One");
        const auto b = add(kg, "Person", "B Two");
        holds(kg, a, office, kg.add_document({"1.txt", "2010-01-01", "", ""}));
        holds(kg, b, office, kg.add_document({"2.txt", "2015-01-01", "", ""}));
        infer_successions(kg);
        const auto e = kg.find_relation(b, kg.ontology().relation_type("succeeded"), a);
        REQUIRE(e.has_value());
        CHECK(kg.graph()[*e].confidence < 1.0);
        CHECK(kg.graph()[*e].attrs.at("basis").find("gap") != std::string::npos);
    }

    TEST_CASE("succession: undated evidence is left out of the timeline") {
        KnowledgeGraph kg(test::ontology());
        const auto office = add(kg, "Office", "President (Freedonia)");
        const auto a = add(kg, "Person", "A One");
        const auto b = add(kg, "Person", "B Two");
        holds(kg, a, office, kg.add_document({"1.txt", "", "", ""}));
        holds(kg, b, office, kg.add_document({"2.txt", "2015-01-01", "", ""}));
        CHECK(office_timeline(kg, office).size() == 1);
        CHECK(infer_successions(kg) == 0);
    }

    TEST_CASE("succession: ISO dates convert to ordered day numbers") {
        CHECK(days_from_iso("2024-03-01") - days_from_iso("2024-02-28") == 2);  // leap year
        CHECK(days_from_iso("2023-03-01") - days_from_iso("2023-02-28") == 1);
        CHECK(days_from_iso("2023-11") == days_from_iso("2023-11-01"));
        CHECK(days_from_iso("Nov 2023") == -1);
        CHECK(days_from_iso("2023-13-01") == -1);
    }
}
