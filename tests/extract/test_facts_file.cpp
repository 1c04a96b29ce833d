#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "export/format.hpp"
#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"
#include "extract_fixtures.hpp"
#include "util/error.hpp"

using namespace kg::extract;

namespace {

std::string graphml(const kg::KnowledgeGraph& kg) {
    std::ostringstream os;
    kg::exporters::format_by_name("graphml").write(kg, os, {});
    return os.str();
}

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_SUITE("extract/facts_file") {
    TEST_CASE("facts_file: facts written and read back assemble into the same graph") {
        const auto dir = kg::test::scratch_dir("facts-roundtrip");
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        const CorpusExtractor x(kg::test::ontology(), o);
        BuildReport r;
        const auto facts = x.extract({kg::test::source_dir() / "examples" / "corpus"}, r);
        REQUIRE(facts.size() == 5);
        write_facts_file(dir / "f.facts", {{"v-test", {"/g.tsv"}}, facts});
        const auto back = read_facts_file(dir / "f.facts");
        CHECK(back.header.ontology_version == "v-test");
        CHECK(back.header.gazetteers == std::vector<std::string>{"/g.tsv"});
        REQUIRE(back.documents.size() == facts.size());
        CHECK(back.documents[0].info == facts[0].info);
        CHECK(back.documents[0].quotes == facts[0].quotes);
        CHECK(graphml(x.assemble(back.documents)) == graphml(x.assemble(facts)));
        // Writing what was read gives the same bytes: nothing is lost or reordered.
        write_facts_file(dir / "g.facts", back);
        CHECK(read_text(dir / "g.facts") == read_text(dir / "f.facts"));
    }

    TEST_CASE("facts_file: a damaged file is an InputError naming the file and line") {
        const auto dir = kg::test::scratch_dir("facts-damaged");
        auto write = [&](const std::string& text) {
            std::ofstream(dir / "x.facts", std::ios::binary | std::ios::trunc) << text;
        };
        const std::string head =
            R"({"kgraph_facts": 1, "ontology": "v", "gazetteers": [], "documents": 1})";
        const std::string doc =
            R"({"file": "a.txt", "date": "", "source": "", "title": "", "mentions": )"
            R"([["person", 0, 3, 0, "Ann", "Ann", "", "", "", "r", {}]], "relations": [], )"
            R"("quotes": [[0, "Ann spoke."]]})";
        write(head + "\n" + doc + "\n");
        CHECK(read_facts_file(dir / "x.facts").documents.size() == 1);
        write(head + "\n");
        CHECK_THROWS_WITH_AS(read_facts_file(dir / "x.facts"), doctest::Contains("truncated"),
                             kg::InputError);
        write(head + "\n" + doc.substr(0, 40) + "\n");
        CHECK_THROWS_WITH_AS(read_facts_file(dir / "x.facts"), doctest::Contains("x.facts:2"),
                             kg::InputError);
        std::string bad_kind = doc;
        bad_kind.replace(bad_kind.find("person"), 6, "robot");
        write(head + "\n" + bad_kind + "\n");
        CHECK_THROWS_WITH_AS(read_facts_file(dir / "x.facts"), doctest::Contains("robot"),
                             kg::InputError);
        std::string no_quote = doc;
        no_quote.replace(no_quote.find("[[0, "), 5, "[[7, ");
        write(head + "\n" + no_quote + "\n");
        CHECK_THROWS_WITH_AS(read_facts_file(dir / "x.facts"), doctest::Contains("sentence 0"),
                             kg::InputError);
        write(R"({"kgraph_facts": 2, "ontology": "v", "gazetteers": [], "documents": 0})");
        CHECK_THROWS_WITH_AS(read_facts_file(dir / "x.facts"), doctest::Contains("format 2"),
                             kg::InputError);
        write("GraphML?\n");
        CHECK_THROWS_AS(read_facts_file(dir / "x.facts"), kg::InputError);
        CHECK_THROWS_WITH_AS(read_facts_file(dir / "none.facts"), doctest::Contains("none.facts"),
                             kg::InputError);
    }
}
