#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "export/graphml.hpp"
#include "export_support.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {

KnowledgeGraph read_graphml_string(const std::string& text,
                                   const std::string& origin = "test.graphml") {
    std::istringstream in(text);
    return read_graphml(in, test::ontology(), origin);
}

/// Reads `text` expecting an InputError whose message names the origin and contains `needle`.
void expect_graphml_error(const std::string& text, const std::string& needle) {
    try {
        read_graphml_string(text, "broken.graphml");
        FAIL("no InputError for a file that should contain: " << needle);
    } catch (const InputError& e) {
        const std::string msg = e.what();
        CAPTURE(msg);
        CHECK(msg.find("broken.graphml") != std::string::npos);
        CHECK(msg.find(needle) != std::string::npos);
    }
}

}  // namespace

TEST_SUITE("export/graphml") {
    TEST_CASE("graphml: round trip keeps ids, types, labels, aliases, attrs, evidence, edges") {
        const auto kg = test::rich_graph();
        const std::string text = to_graphml_string(kg);
        const auto back = read_graphml_string(text);
        test::expect_same_graph(kg, back);
        CHECK(to_graphml_string(back) == text);
    }

    TEST_CASE("graphml: the same graph gives byte-identical output") {
        CHECK(to_graphml_string(test::rich_graph()) == to_graphml_string(test::rich_graph()));
    }

    TEST_CASE("graphml: node ids are entity ids, edge ids e<index>, keys typed per domain") {
        const std::string text = to_graphml_string(test::small_graph());
        CHECK(text.find("<node id=\"person:ana-muller\">") != std::string::npos);
        CHECK(text.find("<edge id=\"e0\" source=\"person:ana-muller\"") != std::string::npos);
        CHECK(text.find("for=\"all\"") == std::string::npos);
        CHECK(text.find("edgedefault=\"directed\"") != std::string::npos);
        CHECK(text.find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
        CHECK(text.find("attr.name=\"inferred\" attr.type=\"boolean\"") != std::string::npos);
        CHECK(text.find("attr.name=\"mentions\" attr.type=\"int\"") != std::string::npos);
    }

    TEST_CASE("graphml: escapes markup in labels and evidence") {
        const std::string text = to_graphml_string(test::small_graph());
        CHECK(text.find("Bo \"The Chief\" &lt;Lee&gt; &amp; Co\\") != std::string::npos);
        CHECK(text.find("<Lee>") == std::string::npos);
        const auto back = read_graphml_string(text);
        const auto v = back.find("person:bo-the-chief-lee-co");
        REQUIRE(v);
        CHECK(back.graph()[*v].label == "Bo \"The Chief\" <Lee> & Co\\");
    }

    TEST_CASE("graphml: control characters become U+FFFD, never a character reference") {
        KnowledgeGraph kg(test::ontology());
        kg.add_document({"c.txt", "", "", ""});
        EntityProps e;
        e.type = kg.ontology().entity_type("Country");
        e.id = "country:ctrl";
        e.label = std::string("Bad\x01name\x1F\xEF\xBF\xBE end", 16);
        e.aliases = {std::string("nul\0here", 8)};
        e.evidence = {Provenance{0, 0, Span{0, 3}, "bell\x07 quote"}};
        kg.add_entity(e);
        const std::string text = to_graphml_string(kg);
        CHECK(text.find("&#") == std::string::npos);
        CHECK(text.find('\x01') == std::string::npos);
        CHECK(text.find('\x07') == std::string::npos);
        const auto back = read_graphml_string(text);
        const auto& got = back.graph()[0];
        CHECK(got.label == "Bad\xEF\xBF\xBDname\xEF\xBF\xBD\xEF\xBF\xBD end");
        // JSON inside <data> escapes control characters, so they survive there.
        CHECK(got.aliases == std::vector<std::string>{std::string("nul\0here", 8)});
        CHECK(got.evidence.at(0).quote == "bell\x07 quote");
    }

    TEST_CASE("graphml: empty graph round-trips") {
        KnowledgeGraph kg(test::ontology());
        const std::string text = to_graphml_string(kg);
        const auto back = read_graphml_string(text);
        CHECK(back.num_entities() == 0);
        CHECK(back.num_relations() == 0);
        CHECK(to_graphml_string(back) == text);
    }

    TEST_CASE("graphml: a node id that is not an NMTOKEN is an ExportError") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Country");
        e.id = "country:has space";
        e.label = "X";
        kg.add_entity(e);
        CHECK_THROWS_AS(to_graphml_string(kg), ExportError);
    }

    TEST_CASE("graphml: a non-finite confidence is an ExportError") {
        KnowledgeGraph kg(test::ontology());
        const auto a = test::add(kg, "Person", "A");
        const auto b = test::add(kg, "Person", "B");
        RelationProps r;
        r.type = kg.ontology().relation_type("succeeded");
        r.confidence = std::numeric_limits<double>::quiet_NaN();
        kg.add_relation(a, b, r);
        CHECK_THROWS_AS(to_graphml_string(kg), ExportError);
    }

    TEST_CASE("graphml: without provenance, evidence is left out") {
        ExportOptions opts;
        opts.include_provenance = false;
        const std::string text = to_graphml_string(test::rich_graph(), opts);
        CHECK(text.find("Defense Minister Ana") == std::string::npos);
        const auto back = read_graphml_string(text);
        CHECK(back.graph()[0].evidence.empty());
    }

    TEST_CASE("graphml: malformed files are InputErrors naming the file and the element") {
        const std::string good = to_graphml_string(test::small_graph());
        SUBCASE("truncated") {
            expect_graphml_error(good.substr(0, good.size() / 2), "not well-formed");
        }
        SUBCASE("not GraphML") { expect_graphml_error("<html/>", "<graphml>"); }
        SUBCASE("dangling edge") {
            expect_graphml_error(test::replace_once(good, "target=\"country:freedonia\"",
                                                    "target=\"country:nowhere\""),
                                 "country:nowhere");
        }
        SUBCASE("duplicate node id") {
            expect_graphml_error(
                test::replace_once(good, "<node id=\"person:bo-the-chief-lee-co\">",
                                   "<node id=\"person:ana-muller\">"),
                "duplicate node id 'person:ana-muller'");
        }
        SUBCASE("unknown type") {
            expect_graphml_error(test::replace_once(good, "<data key=\"d1\">Country</data>",
                                                    "<data key=\"d1\">Planet</data>"),
                                 "unknown entity type 'Planet'");
        }
        SUBCASE("unknown relation type") {
            expect_graphml_error(test::replace_once(good, "<data key=\"d10\">held-in</data>",
                                                    "<data key=\"d10\">orbits</data>"),
                                 "edge 'e5'");
        }
        SUBCASE("missing label") {
            expect_graphml_error(test::replace_once(good, "<data key=\"d0\">Freedonia</data>", ""),
                                 "node 'country:freedonia'");
        }
        SUBCASE("edge against domain/range") {
            expect_graphml_error(test::replace_once(good, "<data key=\"d10\">held-in</data>",
                                                    "<data key=\"d10\">signed</data>"),
                                 "edge 'e5'");
        }
        SUBCASE("bad JSON in aliases") {
            expect_graphml_error(test::replace_once(good, "<data key=\"d2\">[]</data>",
                                                    "<data key=\"d2\">[oops</data>"),
                                 "aliases");
        }
        SUBCASE("bad confidence") {
            expect_graphml_error(test::replace_once(good, "<data key=\"d11\">1</data>",
                                                    "<data key=\"d11\">high</data>"),
                                 "confidence 'high'");
        }
        SUBCASE("evidence naming an unknown document") {
            expect_graphml_error(
                test::replace_once(good, "\"doc\":\"a.txt\"", "\"doc\":\"zzz.txt\""), "'zzz.txt'");
        }
    }

    TEST_CASE("graphml: validates against the GraphML XSD (xmllint)") {
        if (!test::have_tool("xmllint")) return;
        const auto dir = test::scratch_dir("graphml-xsd");
        const auto xsd = test::graphml_xsd(dir);
        if (!xsd) return;
        const auto file = dir / "rich.graphml";
        test::spit(file, to_graphml_string(test::rich_graph()));
        const auto r = test::run(
            "xmllint --noout --nonet --schema '" + xsd->string() + "' '" + file.string() + "'",
            dir);
        CAPTURE(r.err);
        CHECK(r.status == 0);
        test::spit(dir / "empty.graphml", to_graphml_string(KnowledgeGraph(test::ontology())));
        const auto e = test::run("xmllint --noout --nonet --schema '" + xsd->string() + "' '" +
                                     (dir / "empty.graphml").string() + "'",
                                 dir);
        CAPTURE(e.err);
        CHECK(e.status == 0);
    }

    TEST_CASE("graphml: NetworkX reads the nodes, edges and data") {
        if (!test::have_python_module("networkx")) return;
        const auto shared = test::shared_dir();
        if (!shared) return;
        const auto dir = test::scratch_dir("graphml-nx");
        const auto kg = test::rich_graph();
        test::spit(dir / "rich.graphml", to_graphml_string(kg));
        const auto r = test::run("/usr/bin/python3 '" +
                                     (*shared / "clients" / "check_graphml_nx.py").string() +
                                     "' '" + (dir / "rich.graphml").string() + "'",
                                 dir);
        CAPTURE(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.out.find("\"nodes\": " + std::to_string(kg.num_entities())) != std::string::npos);
        CHECK(r.out.find("\"edges\": " + std::to_string(kg.num_relations())) != std::string::npos);
        CHECK(r.out.find("\"directed\": true") != std::string::npos);
        CHECK(r.out.find("\"confidence\": 0.625") != std::string::npos);
        CHECK(r.out.find("\"inferred\": true") != std::string::npos);
        CHECK(r.out.find("Bo \\\"The Chief\\\" <Lee> & Co\\\\") != std::string::npos);
    }

    TEST_CASE("graphml: graphology (Gephi Lite's reader) parses it strictly") {
        if (!test::have_tool("node")) return;
        const auto clients = test::node_clients("graphology-graphml");
        if (!clients) return;
        const auto dir = test::scratch_dir("graphml-graphology");
        const auto kg = test::rich_graph();
        test::spit(dir / "rich.graphml", to_graphml_string(kg));
        const auto r = test::run("node '" + (*clients / "check-graphml.js").string() + "' '" +
                                     (dir / "rich.graphml").string() + "' --strict",
                                 dir);
        CAPTURE(r.err);
        REQUIRE(r.status == 0);
        const auto summary = kg::json::parse(r.out, "check-graphml.js output");
        CHECK(summary["order"].GetUint64() == kg.num_entities());
        CHECK(summary["size"].GetUint64() == kg.num_relations());
        CHECK(std::string(summary["type"].GetString()) == "directed");
    }

    TEST_CASE("graphml: the extraction scorer reads every node and edge") {
        const auto shared = test::shared_dir();
        if (!shared || !test::have_tool("/usr/bin/python3")) return;
        const auto dir = test::scratch_dir("graphml-score");
        const auto kg = test::small_graph();
        test::spit(dir / "small.graphml", to_graphml_string(kg));
        const auto r =
            test::run("/usr/bin/python3 '" + (*shared / "eval" / "score.py").string() +
                          "' --json --gold '" + (*shared / "eval" / "gold-seeds.json").string() +
                          "' --graphml '" + (dir / "small.graphml").string() + "'",
                      dir);
        CAPTURE(r.err);
        REQUIRE(r.status == 0);
        // None of the fixture's made-up entities is in the gold file, so every node and edge the
        // scorer read is a false positive: their counts prove it parsed them all.
        const auto summary = kg::json::parse(r.out, "score.py output");
        CHECK(summary["nodes"]["tp"].GetInt() + summary["nodes"]["fp"].GetInt() ==
              static_cast<int>(kg.num_entities()));
        CHECK(summary["edges"]["tp"].GetInt() + summary["edges"]["fp"].GetInt() ==
              static_cast<int>(kg.num_relations()));
    }
}
