#include <doctest/doctest.h>

#include <sstream>

#include "export/nquads.hpp"
#include "export_support.hpp"
#include "util/error.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {
std::string nquads(const KnowledgeGraph& kg, bool named = true) {
    std::ostringstream os;
    write_nquads(kg, os, named);
    return os.str();
}
}  // namespace

TEST_SUITE("export/nquads") {
    TEST_CASE("nquads: relations go into the named graph of each document that supports them") {
        const auto kg = test::rich_graph();
        const std::string text = nquads(kg);
        CHECK(text.find("<https://kgraph.example/ns#holdsOffice>") != std::string::npos);
        CHECK(text.find("> <https://kgraph.example/doc/a.txt> .\n") != std::string::npos);
        CHECK(text.find("#char=") != std::string::npos);
        CHECK(text.find("\"0.625\"^^<http://www.w3.org/2001/XMLSchema#double>") !=
              std::string::npos);
        // N-Triples: the same statements with no fourth term.
        CHECK(nquads(kg, false).find("> <https://kgraph.example/doc/a.txt> .\n") ==
              std::string::npos);
    }

    TEST_CASE("nquads: literals escape quotes, backslashes, newlines and control characters") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Person");
        e.id = "person:odd";
        e.label = "Bo \"Chief\" <Lee> & Co\\ one\ntwo\rthree\x01 신원식";
        kg.add_entity(e);
        const std::string text = nquads(kg);
        CHECK(text.find("\"Bo \\\"Chief\\\" <Lee> & Co\\\\ one\\ntwo\\rthree\\u0001 신원식\"") !=
              std::string::npos);
        // One statement per line: no raw newline inside a literal.
        for (std::size_t at = 0, nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1)
            CHECK(text.substr(at, nl - at).ends_with(" ."));
    }

    TEST_CASE("nquads: invalid UTF-8 in a literal is an ExportError") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Person");
        e.id = "person:bad";
        e.label = "bad \xFF byte";
        kg.add_entity(e);
        CHECK_THROWS_AS(nquads(kg), ExportError);
    }

    TEST_CASE("nquads: rapper accepts the N-Quads and N-Triples of the rich graph") {
        if (!test::have_tool("rapper")) return;
        const auto dir = test::scratch_dir("nquads-rapper");
        const auto kg = test::rich_graph();
        test::spit(dir / "g.nq", nquads(kg));
        test::spit(dir / "g.nt", nquads(kg, false));
        CHECK(test::run("rapper -q -i nquads -c '" + (dir / "g.nq").string() + "'", dir).status ==
              0);
        CHECK(test::run("rapper -q -i ntriples -c '" + (dir / "g.nt").string() + "'", dir).status ==
              0);
    }
}
