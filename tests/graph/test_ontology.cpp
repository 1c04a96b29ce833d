#include <doctest/doctest.h>

#include "graph/ontology.hpp"
#include "support/fixtures.hpp"
#include "util/error.hpp"

using kg::Ontology;

namespace {
const char* kTypes =
    R"({"version":"1","base":"https://x.example/","prefixes":{"kg":"https://x.example/ns#"},
  "types":[{"id":"Person","iri":"kg:Person"},{"id":"Office","iri":"kg:Office"}]})";
}

TEST_SUITE("graph/ontology") {
    TEST_CASE(
        "ontology: the shipped ontology has the six node types and nine edge types of the guide") {
        const auto o = kg::test::ontology();
        CHECK(o->entity_types().size() == 6);
        CHECK(o->relation_types().size() == 9);
        for (auto t : {"Person", "Office", "Meeting", "Agreement", "Country", "Organization"})
            CHECK(o->find_entity_type(t).has_value());
        for (auto r : {"holds-office", "office-of", "co-chaired", "attended", "succeeded",
                       "member-of", "discussed", "signed", "held-in"})
            CHECK(o->find_relation_type(r).has_value());
        CHECK(o->allows(o->relation_type("holds-office"), o->entity_type("Person"),
                        o->entity_type("Office")));
        CHECK_FALSE(o->allows(o->relation_type("holds-office"), o->entity_type("Office"),
                              o->entity_type("Person")));
        CHECK(o->relation(o->relation_type("holds-office")).term == "holdsOffice");
        CHECK(o->expand("schema:Person") == "https://schema.org/Person");
    }

    TEST_CASE(
        "ontology: a relation whose domain names an unknown type is rejected with its pointer") {
        const char* rel =
            R"({"relations":[{"id":"holds-office","iri":"kg:h","domain":["Persn"],"range":["Office"]}]})";
        CHECK_THROWS_WITH_AS(
            Ontology::from_json(kTypes, rel),
            doctest::Contains("/relations/0/domain/0: unknown entity type 'Persn'"),
            kg::OntologyError);
    }

    TEST_CASE("ontology: duplicate, badly cased and unknown keys are rejected") {
        SUBCASE("duplicate relation id") {
            const char* rel =
                R"({"relations":[{"id":"a","iri":"kg:a","domain":["Person"],"range":["Office"]},
                                              {"id":"a","iri":"kg:a","domain":["Person"],"range":["Office"]}]})";
            CHECK_THROWS_WITH(Ontology::from_json(kTypes, rel),
                              doctest::Contains("declared twice"));
        }
        SUBCASE("relation id not kebab-case") {
            const char* rel =
                R"({"relations":[{"id":"holdsOffice","iri":"kg:a","domain":["Person"],"range":["Office"]}]})";
            CHECK_THROWS_WITH(Ontology::from_json(kTypes, rel), doctest::Contains("kebab-case"));
        }
        SUBCASE("unknown key") {
            const char* rel =
                R"({"relations":[{"id":"a","iri":"kg:a","domain":["Person"],"range":["Office"],"colour":"x"}]})";
            CHECK_THROWS_WITH(Ontology::from_json(kTypes, rel),
                              doctest::Contains("unknown key 'colour'"));
        }
        SUBCASE("undeclared IRI prefix") {
            const char* rel =
                R"({"relations":[{"id":"a","iri":"foo:a","domain":["Person"],"range":["Office"]}]})";
            CHECK_THROWS_WITH(Ontology::from_json(kTypes, rel),
                              doctest::Contains("undeclared prefix 'foo'"));
        }
        SUBCASE("malformed JSON") {
            CHECK_THROWS_WITH(Ontology::from_json(kTypes, "{\"relations\": ["),
                              doctest::Contains("invalid JSON"));
        }
    }

    TEST_CASE("ontology: a missing folder is an error naming it") {
        CHECK_THROWS_WITH_AS(Ontology::load("/nonexistent/ontology"),
                             doctest::Contains("/nonexistent/ontology"), kg::OntologyError);
    }
}
