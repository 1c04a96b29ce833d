#include <doctest/doctest.h>

#include <fstream>

#include "extract_fixtures.hpp"
#include "util/error.hpp"

using namespace kg::extract;

TEST_SUITE("extract/pipeline") {
    TEST_CASE(
        "pipeline: the registry lists the built-in components and what each needs and fills") {
        ComponentRegistry r;
        register_builtin_components(r);
        CHECK(r.names() ==
              std::vector<std::string>{"gazetteer_ruler", "meeting_ruler", "office_linker",
                                       "pattern_ruler", "person_resolver", "person_ruler",
                                       "relation_ruler", "sentence_splitter", "succession_ruler"});
        const auto& p = kg::test::pipeline();
        std::vector<std::string> snapshot;
        for (const auto& c : p.components()) {
            std::string line(c->name());
            for (const auto& x : c->info().requires_) line += " <" + x;
            for (const auto& x : c->info().assigns) line += " >" + x;
            snapshot.push_back(line);
        }
        CHECK(snapshot ==
              std::vector<std::string>{
                  "sentence_splitter <doc.text >doc.tokens >doc.sentences",
                  "gazetteer_ruler <doc.tokens <doc.sentences >doc.mentions",
                  "pattern_ruler <doc.tokens <doc.sentences <doc.mentions >doc.mentions "
                  ">doc.relations",
                  "person_ruler <doc.tokens <doc.sentences <doc.mentions >doc.mentions",
                  "person_resolver <doc.tokens <doc.sentences <doc.mentions >doc.mentions",
                  "office_linker <doc.tokens <doc.mentions >doc.mentions >doc.relations",
                  "succession_ruler <doc.tokens <doc.sentences <doc.mentions <doc.relations "
                  ">doc.mentions >doc.relations",
                  "person_resolver <doc.tokens <doc.sentences <doc.mentions >doc.mentions",
                  "succession_ruler <doc.tokens <doc.sentences <doc.mentions <doc.relations "
                  ">doc.mentions >doc.relations",
                  "meeting_ruler <doc.tokens <doc.sentences <doc.mentions <doc.relations "
                  ">doc.mentions >doc.relations",
                  "relation_ruler <doc.tokens <doc.sentences <doc.mentions >doc.relations"});
    }

    TEST_CASE("pipeline: a component before the one that assigns what it requires is an error") {
        ComponentRegistry r;
        register_builtin_components(r);
        CHECK_THROWS_WITH_AS(Pipeline::from_names({"person_ruler", "sentence_splitter"}, r,
                                                  kg::test::lexicon(), *kg::test::ontology()),
                             doctest::Contains("requires 'doc.tokens'"), kg::OntologyError);
        CHECK_THROWS_WITH_AS(
            Pipeline::from_names({"no_such"}, r, kg::test::lexicon(), *kg::test::ontology()),
            doctest::Contains("unknown component 'no_such'"), kg::OntologyError);
    }

    TEST_CASE("pipeline: an unknown config key in pipeline.json is an error naming it") {
        const auto dir = kg::test::scratch_dir("pipeline-config");
        std::ofstream(dir / "pipeline.json")
            << R"({"components": [{"name": "sentence_splitter", "config": {"speed": 3}}]})";
        ComponentRegistry r;
        register_builtin_components(r);
        CHECK_THROWS_WITH_AS(Pipeline::build(dir, r, kg::test::lexicon(), *kg::test::ontology()),
                             doctest::Contains("/components/0: /config/speed: unknown setting"),
                             kg::OntologyError);
    }
}
