#include <doctest/doctest.h>

#include <cstdlib>
#include <limits>
#include <map>
#include <sstream>

#include "export/jsonld.hpp"
#include "export_support.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {

KnowledgeGraph read_jsonld_string(const std::string& text,
                                  const std::string& origin = "test.jsonld") {
    std::istringstream in(text);
    return read_jsonld(in, test::ontology(), origin);
}

void expect_jsonld_error(const std::string& text, const std::string& needle) {
    try {
        read_jsonld_string(text, "broken.jsonld");
        FAIL("no InputError for a file that should contain: " << needle);
    } catch (const InputError& e) {
        const std::string msg = e.what();
        CAPTURE(msg);
        CHECK(msg.find("broken.jsonld") != std::string::npos);
        CHECK(msg.find(needle) != std::string::npos);
    }
}

}  // namespace

TEST_SUITE("export/jsonld") {
    TEST_CASE("jsonld: each document has a named graph with the relations it supports") {
        const auto kg = test::rich_graph();
        const auto doc = kg::json::parse(to_jsonld_string(kg), "test");
        std::map<std::string, std::size_t> relations;  // graph name -> relations in it
        for (const auto& item : doc["@graph"].GetArray())
            if (item.HasMember("@graph"))
                relations[item["@id"].GetString()] = item["@graph"].GetArray().Size();
        const std::string base = "https://kgraph.example/";
        REQUIRE(relations.count(base + "doc/a.txt") == 1);
        std::size_t supported_by_a = 0;
        for (const Edge e : boost::make_iterator_range(boost::edges(kg.graph()))) {
            bool cites_a = false;
            for (const auto& p : kg.graph()[e].evidence) cites_a = cites_a || p.doc == 0;
            supported_by_a += cites_a;
        }
        CHECK(relations[base + "doc/a.txt"] == supported_by_a);
        CHECK(supported_by_a > 0);
    }

    TEST_CASE("jsonld: round trip keeps ids, types, labels, aliases, attrs, evidence, edges") {
        const auto kg = test::rich_graph();
        const std::string text = to_jsonld_string(kg);
        const auto back = read_jsonld_string(text);
        test::expect_same_graph(kg, back);
        CHECK(to_jsonld_string(back) == text);
    }

    TEST_CASE("jsonld: the same graph gives byte-identical output") {
        CHECK(to_jsonld_string(test::rich_graph()) == to_jsonld_string(test::rich_graph()));
    }

    TEST_CASE("jsonld: shape uses schema.org terms, IRIs from the ontology base, statements") {
        const auto kg = test::small_graph();
        const std::string text = to_jsonld_string(kg);
        const auto doc = json::parse(text, "export");
        REQUIRE(doc.IsObject());
        REQUIRE(doc["@context"].IsObject());
        CHECK(std::string(doc["@context"]["Person"].GetString()) == "schema:Person");
        CHECK(std::string(doc["@context"]["holdsOffice"]["@type"].GetString()) == "@id");
        const auto& graph = doc["@graph"];
        REQUIRE(graph.IsArray());
        const std::string base = kg.ontology().base();
        bool person = false;
        bool article = false;
        int statements = 0;
        auto str = [](const rapidjson::Value& item, const char* key) {
            return item.HasMember(key) && item[key].IsString() ? std::string(item[key].GetString())
                                                               : std::string();
        };
        for (const auto& item : graph.GetArray()) {
            const std::string type = str(item, "@type");
            const std::string id = str(item, "@id");
            if (type == "Person" && str(item, "identifier") == "person:ana-muller") {
                person = true;
                CHECK(id == base + "id/person/ana-muller");
                CHECK(std::string(item["name"].GetString()) == "Ana Müller");
                REQUIRE(item.HasMember("holdsOffice"));
                CHECK(std::string(item["holdsOffice"][0].GetString()) ==
                      base + "id/office/minister-of-defense-freedonia");
            }
            if (type == "Article" && str(item, "identifier") == "a.txt") {
                article = true;
                CHECK(id == base + "doc/a.txt");
                CHECK(std::string(item["datePublished"].GetString()) == "2024-01-02");
                CHECK(std::string(item["publisher"].GetString()) == "Test Wire");
                CHECK(std::string(item["headline"].GetString()) == "First");
            }
            if (type == "Statement") {
                ++statements;
                REQUIRE(item.HasMember("wasDerivedFrom"));
                const std::string src = item["wasDerivedFrom"][0].GetString();
                CHECK(src.rfind(base + "doc/a.txt#char=", 0) == 0);
            }
        }
        CHECK(person);
        CHECK(article);
        CHECK(statements == static_cast<int>(kg.num_relations()));
    }

    TEST_CASE("jsonld: the shipped ontology/context.jsonld is what the code generates") {
        const auto path = test::source_dir() / "ontology" / "context.jsonld";
        const std::string generated = jsonld_context(*test::ontology());
        if (std::getenv("KG_UPDATE_CONTEXT")) test::spit(path, generated);
        INFO("regenerate with: KG_UPDATE_CONTEXT=1 kg_tests -tc='jsonld: the shipped*'");
        CHECK(test::slurp(path) == generated);
        const auto doc = json::parse(generated, path.string());
        REQUIRE(doc.HasMember("@context"));
        CHECK(doc["@context"].MemberCount() > 20);
    }

    TEST_CASE("jsonld: the inline context equals the shipped context object") {
        const auto exported = json::parse(to_jsonld_string(test::small_graph()), "export");
        const auto shipped = json::parse(jsonld_context(*test::ontology()), "context");
        CHECK(exported["@context"] == shipped["@context"]);
    }

    TEST_CASE("jsonld: empty graph round-trips") {
        KnowledgeGraph kg(test::ontology());
        const std::string text = to_jsonld_string(kg);
        const auto back = read_jsonld_string(text);
        CHECK(back.num_entities() == 0);
        CHECK(to_jsonld_string(back) == text);
    }

    TEST_CASE("jsonld: control characters are JSON-escaped and survive") {
        KnowledgeGraph kg(test::ontology());
        kg.add_document({"c d.txt", "", "", ""});
        EntityProps e;
        e.type = kg.ontology().entity_type("Country");
        e.id = "country:ctrl";
        e.label = std::string("Bad\x01name\0x", 10);
        e.evidence = {Provenance{0, 2, Span{1, 3}, "bell\x07\nquote"}};
        kg.add_entity(e);
        const std::string text = to_jsonld_string(kg);
        CHECK(text.find('\x01') == std::string::npos);
        CHECK(text.find("\\u0001") != std::string::npos);
        CHECK(text.find("doc/c%20d.txt#char=1,3") != std::string::npos);
        test::expect_same_graph(kg, read_jsonld_string(text));
    }

    TEST_CASE("jsonld: invalid UTF-8 and non-finite numbers are ExportErrors") {
        SUBCASE("invalid UTF-8 label") {
            KnowledgeGraph kg(test::ontology());
            EntityProps e;
            e.type = kg.ontology().entity_type("Country");
            e.id = "country:latin1";
            e.label = "caf\xE9";
            kg.add_entity(e);
            CHECK_THROWS_AS(to_jsonld_string(kg), ExportError);
        }
        SUBCASE("NaN confidence") {
            KnowledgeGraph kg(test::ontology());
            const auto a = test::add(kg, "Person", "A");
            const auto b = test::add(kg, "Person", "B");
            RelationProps r;
            r.type = kg.ontology().relation_type("succeeded");
            r.confidence = std::numeric_limits<double>::quiet_NaN();
            kg.add_relation(a, b, r);
            CHECK_THROWS_AS(to_jsonld_string(kg), ExportError);
        }
    }

    TEST_CASE("jsonld: malformed files are InputErrors naming the file and the item") {
        const std::string good = to_jsonld_string(test::small_graph());
        SUBCASE("not JSON") {
            expect_jsonld_error(good.substr(0, good.size() / 2), "invalid JSON");
        }
        SUBCASE("no @graph") { expect_jsonld_error("{\"@context\": {}}", "@graph"); }
        SUBCASE("item without @type") {
            expect_jsonld_error("{\"@context\":{},\"@graph\":[{}]}", "@type");
        }
        SUBCASE("unknown entity type") {
            expect_jsonld_error(
                test::replace_once(good, "\"@type\": \"Country\"", "\"@type\": \"Planet\""),
                "unknown entity type 'Planet'");
        }
        SUBCASE("statement naming an unknown node") {
            expect_jsonld_error(
                test::replace_once(good,
                                   "\"object\": \"https://kgraph.example/id/country/freedonia\"",
                                   "\"object\": \"https://kgraph.example/id/country/nowhere\""),
                "country/nowhere");
        }
        SUBCASE("duplicate identifier") {
            expect_jsonld_error(
                test::replace_once(good, "\"identifier\": \"person:bo-the-chief-lee-co\"",
                                   "\"identifier\": \"person:ana-muller\""),
                "duplicate node id 'person:ana-muller'");
        }
        SUBCASE("unknown predicate") {
            expect_jsonld_error(
                test::replace_once(good, "\"predicate\": \"heldIn\"", "\"predicate\": \"orbits\""),
                "unknown relation type 'orbits'");
        }
        SUBCASE("evidence with a bad fragment") {
            expect_jsonld_error(
                test::replace_once(good,
                                   "\"wasDerivedFrom\": \"https://kgraph.example/doc/a.txt#char=",
                                   "\"wasDerivedFrom\": \"https://kgraph.example/doc/a.txt#chars="),
                "#char=");
        }
        SUBCASE("evidence with a negative offset") {
            expect_jsonld_error(
                test::replace_once(
                    good, "\"wasDerivedFrom\": \"https://kgraph.example/doc/a.txt#char=0,",
                    "\"wasDerivedFrom\": \"https://kgraph.example/doc/a.txt#char=-1,"),
                "#char=");
        }
        SUBCASE("evidence citing an unlisted document") {
            expect_jsonld_error(
                test::replace_once(good, "\"wasDerivedFrom\": \"https://kgraph.example/doc/a.txt#",
                                   "\"wasDerivedFrom\": \"https://kgraph.example/doc/zzz.txt#"),
                "zzz.txt");
        }
        SUBCASE("confidence out of range") {
            expect_jsonld_error(
                test::replace_once(good, "\"confidence\": 1.0", "\"confidence\": 7"), "confidence");
        }
    }

    TEST_CASE("jsonld: rdflib parses the export") {
        if (!test::have_python_module("rdflib")) return;
        const auto shared = test::shared_dir();
        if (!shared) return;
        const auto dir = test::scratch_dir("jsonld-rdflib");
        test::spit(dir / "rich.jsonld", to_jsonld_string(test::rich_graph()));
        const auto r = test::run("/usr/bin/python3 '" +
                                     (*shared / "clients" / "check_jsonld_rdflib.py").string() +
                                     "' '" + (dir / "rich.jsonld").string() + "' --nquads",
                                 dir);
        CAPTURE(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.out.find("<https://kgraph.example/id/person/ana-muller> "
                         "<https://schema.org/name> \"Ana Müller\"") != std::string::npos);
        CHECK(r.out.find("<https://kgraph.example/ns#holdsOffice>") != std::string::npos);
        CHECK(r.out.find("<http://www.w3.org/ns/prov#wasDerivedFrom>") != std::string::npos);
    }

    TEST_CASE("jsonld: jsonld.js (safe mode, offline) expands the export to RDF") {
        if (!test::have_tool("node")) return;
        const auto clients = test::node_clients("jsonld");
        if (!clients) return;
        const auto dir = test::scratch_dir("jsonld-js");
        test::spit(dir / "rich.jsonld", to_jsonld_string(test::rich_graph()));
        const auto r = test::run("node '" + (*clients / "check-jsonld.js").string() + "' '" +
                                     (dir / "rich.jsonld").string() + "'",
                                 dir);
        CAPTURE(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.out.find("<https://kgraph.example/id/person/ana-muller> "
                         "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                         "<https://schema.org/Person>") != std::string::npos);
        CHECK(r.out.find("<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> "
                         "<https://kgraph.example/ns#succeeded>") != std::string::npos);
    }
}
