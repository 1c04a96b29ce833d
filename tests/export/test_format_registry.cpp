#include <doctest/doctest.h>

#include "export/format.hpp"
#include "export_support.hpp"
#include "util/error.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {

std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        out.push_back(e.path().filename());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_SUITE("export/format") {
    TEST_CASE(
        "format: the registry lists graphml, gexf, jsonld, dot, nquads and ntriples in a fixed "
        "order") {
        std::vector<std::string> names;
        for (const auto& f : formats()) names.emplace_back(f->name());
        CHECK(names == std::vector<std::string>{"graphml", "gexf", "jsonld", "dot", "nquads",
                                                "ntriples", "neo4j"});
        CHECK(format_by_name("graphml").can_read());
        CHECK(format_by_name("JSONLD").can_read());
        CHECK(format_by_name("gexf").can_read());
        CHECK_FALSE(format_by_name("dot").can_read());
    }

    TEST_CASE("format: lookup by extension ignores case") {
        CHECK(format_for_path("out/g.graphml").name() == "graphml");
        CHECK(format_for_path("g.JSONLD").name() == "jsonld");
        CHECK(format_for_path("g.gv").name() == "dot");
        CHECK(format_for_path("g.dot").name() == "dot");
    }

    TEST_CASE("format: an unknown extension or name is an error listing the known ones") {
        try {
            format_for_path("graph.xlsx");
            FAIL("no error");
        } catch (const ExportError& e) {
            const std::string msg = e.what();
            CHECK(msg.find("graph.xlsx") != std::string::npos);
            CHECK(msg.find(".graphml, .gexf, .jsonld, .dot, .gv, .nq, .nt, .neo4j") !=
                  std::string::npos);
        }
        CHECK_THROWS_AS(format_for_path("noextension"), ExportError);
        try {
            format_by_name("xlsx");
            FAIL("no error");
        } catch (const ExportError& e) {
            CHECK(std::string(e.what()).find(
                      "graphml, gexf, jsonld, dot, nquads, ntriples, neo4j") != std::string::npos);
        }
    }

    TEST_CASE("format: write_graph_file and read_graph_file round-trip by extension") {
        const auto dir = test::scratch_dir("format-roundtrip");
        const auto kg = test::rich_graph();
        for (const char* name : {"g.graphml", "g.jsonld"}) {
            CAPTURE(name);
            write_graph_file(kg, dir / name);
            test::expect_same_graph(kg, read_graph_file(dir / name, test::ontology()));
        }
        write_graph_file(kg, dir / "forced.txt", {}, "graphml");
        CHECK(test::slurp(dir / "forced.txt") == test::slurp(dir / "g.graphml"));
    }

    TEST_CASE("format: read_graph_file errors are InputErrors naming the file") {
        const auto dir = test::scratch_dir("format-read-errors");
        auto expect = [&](const std::filesystem::path& p, const std::string& needle) {
            try {
                read_graph_file(p, test::ontology());
                FAIL("no error for " << p);
            } catch (const InputError& e) {
                const std::string msg = e.what();
                CAPTURE(msg);
                CHECK(msg.find(p.string()) != std::string::npos);
                CHECK(msg.find(needle) != std::string::npos);
            }
        };
        expect(dir / "missing.graphml", "no such file");
        test::spit(dir / "g.dot", "digraph {}");
        expect(dir / "g.dot", "cannot read dot");
        test::spit(dir / "g.csv", "a,b");
        expect(dir / "g.csv", "unknown graph file extension");
        test::spit(dir / "bad.graphml", "<graphml><graph>");
        expect(dir / "bad.graphml", "not well-formed");
        test::spit(dir / "bad.jsonld", "{");
        expect(dir / "bad.jsonld", "invalid JSON");
    }

    TEST_CASE("format: a writer that throws leaves the old file untouched and no temp file") {
        const auto dir = test::scratch_dir("format-atomic");
        const auto target = dir / "g.jsonld";
        write_graph_file(test::small_graph(), target);
        const std::string before = test::slurp(target);
        KnowledgeGraph bad(test::ontology());
        EntityProps e;
        e.type = bad.ontology().entity_type("Country");
        e.id = "country:bad";
        e.label = "caf\xE9";  // invalid UTF-8: the JSON-LD writer refuses it mid-way
        bad.add_entity(e);
        CHECK_THROWS_AS(write_graph_file(bad, target), ExportError);
        CHECK(test::slurp(target) == before);
        CHECK(files_in(dir) == std::vector<std::filesystem::path>{"g.jsonld"});
    }
}
