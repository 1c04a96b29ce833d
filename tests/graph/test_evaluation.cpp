#include <doctest/doctest.h>

#include <fstream>

#include "graph/evaluation.hpp"
#include "support/fixtures.hpp"
#include "util/error.hpp"

using namespace kg;
using kg::test::add;
using kg::test::relate;

namespace {
// CTest runs each test case as its own process, in parallel: each writes its own file.
std::filesystem::path write_gold(const std::string& body, const std::string& name) {
    const auto p = test::scratch_dir("evaluation-" + name) / (name + "-gold.json");
    std::ofstream(p) << body;
    return p;
}

const char* kGold = R"json({
  "entities": [
    {"id": "ann", "type": "Person", "name": "Ann Lee", "aliases": ["Minister Lee"]},
    {"id": "bob", "type": "Person", "name": "Bob Roe", "aliases": []},
    {"id": "fr", "type": "Country", "name": "Freedonia", "aliases": ["Freedonian Republic"]},
    {"id": "min", "type": "Office", "name": "Minister of Defense (Freedonia)", "aliases": []}
  ],
  "relations": [
    {"type": "holds-office", "head": "ann", "tail": "min"},
    {"type": "office-of", "head": "min", "tail": "fr"},
    {"type": "holds-office", "head": "bob", "tail": "min"}
  ],
  "ignore": {"entities": [{"type": "Organization", "name": "Wire Service", "aliases": []}],
             "relations": []}
})json";
}  // namespace

TEST_SUITE("graph/evaluation") {
    TEST_CASE("evaluation: matches by name or alias, counts duplicates and misses") {
        KnowledgeGraph kg(test::ontology());
        const auto ann = add(kg, "Person", "Ann Lee");
        const auto ann2 = add(kg, "Person", "Minister Lee");  // a second node for Ann: duplicate
        const auto office = add(kg, "Office", "Minister of Defense (Freedonia)");
        const auto fr = add(kg, "Country", "The Freedonian Republic");  // alias, leading "the"
        add(kg, "Organization", "Wire Service");                        // ignored
        add(kg, "Person", "Nobody Known");                              // false positive
        relate(kg, ann, "holds-office", office);
        relate(kg, ann2, "holds-office", office);  // maps to the same triple as ann's
        relate(kg, office, "office-of", fr);
        const auto r = evaluate(kg, write_gold(kGold, "match"));
        CHECK(r.nodes.tp == 3);
        CHECK(r.nodes.fp == 2);  // the duplicate and Nobody Known
        CHECK(r.nodes.fn == 1);  // Bob Roe
        CHECK(r.edges.tp == 2);
        CHECK(r.edges.fp == 0);
        CHECK(r.edges.fn == 1);
        CHECK(r.nodes_by_type.at("Person").fp == 2);
        CHECK(r.edges.f1() == doctest::Approx(0.8));
        CHECK(r.missed_edges ==
              std::vector<std::string>{"Bob Roe -holds-office-> Minister of Defense (Freedonia)"});
    }

    TEST_CASE("evaluation: an empty graph has zero precision and recall, never NaN") {
        KnowledgeGraph kg(test::ontology());
        const auto r = evaluate(kg, write_gold(kGold, "empty"));
        CHECK(r.nodes.f1() == 0.0);
        CHECK(r.nodes.fn == 4);
    }

    TEST_CASE("evaluation: a malformed gold file is an InputError naming it") {
        KnowledgeGraph kg(test::ontology());
        CHECK_THROWS_WITH_AS(evaluate(kg, write_gold(R"({"entities": 3})", "malformed")),
                             doctest::Contains("malformed-gold.json"), InputError);
        CHECK_THROWS_AS(evaluate(kg, "/nonexistent/gold.json"), InputError);
    }
}
