#include <doctest/doctest.h>

#include "export/format.hpp"
#include "export/neo4j_csv.hpp"
#include "export_support.hpp"
#include "util/error.hpp"

using namespace kg;
using namespace kg::exporters;

TEST_SUITE("export/neo4j") {
    TEST_CASE("neo4j: a folder with nodes per label, relationships per type and import headers") {
        const auto dir = test::scratch_dir("neo4j-files") / "g.neo4j";
        write_graph_file(test::rich_graph(), dir);
        const std::string persons = test::slurp(dir / "nodes_Person.csv");
        CHECK(persons.starts_with(":ID,name,aliases:string[],mentions:int,"));
        CHECK(persons.find(",\"Person\"\n") != std::string::npos);
        // Quotes doubled, newline and tab gone, the array delimiter kept out of items.
        CHECK(persons.find("\"Bo \"\"The Chief\"\" <Lee> & Co\\\"") != std::string::npos);
        const std::string succ = test::slurp(dir / "relationships_SUCCEEDED.csv");
        CHECK(succ.starts_with(":START_ID,:END_ID,:TYPE,confidence:double,inferred:boolean,"));
        CHECK(succ.find(",SUCCEEDED,0.625,true,") != std::string::npos);
        CHECK(test::slurp(dir / "import.sh").find("--relationships=relationships_SUCCEEDED.csv") !=
              std::string::npos);
        for (const auto& f : std::filesystem::directory_iterator(dir)) {
            const std::string text = test::slurp(f.path());
            for (const char c : text) CHECK((c == '\n' || static_cast<unsigned char>(c) >= 0x20));
        }
    }

    TEST_CASE("neo4j: writing again replaces kgraph's folder, never someone else's") {
        const auto base = test::scratch_dir("neo4j-replace");
        write_graph_file(test::rich_graph(), base / "g.neo4j");
        write_graph_file(test::small_graph(), base / "g.neo4j");
        CHECK_FALSE(std::filesystem::exists(base / "g.neo4j.tmp-kgraph"));
        std::filesystem::create_directories(base / "mine.neo4j");
        test::spit(base / "mine.neo4j" / "keep.txt", "precious");
        CHECK_THROWS_AS(write_graph_file(test::small_graph(), base / "mine.neo4j"), ExportError);
        CHECK(test::slurp(base / "mine.neo4j" / "keep.txt") == "precious");
    }

    TEST_CASE("neo4j: the header and reference checker accepts the rich graph's folder") {
        if (!test::have_tool("/usr/bin/python3")) return;
        const auto dir = test::scratch_dir("neo4j-check");
        write_graph_file(test::rich_graph(), dir / "g.neo4j");
        std::string args;
        for (const auto& f : std::filesystem::directory_iterator(dir / "g.neo4j")) {
            const std::string name = f.path().filename().string();
            if (name.starts_with("nodes_")) args += " --nodes '" + f.path().string() + "'";
            if (name.starts_with("relationships_"))
                args += " --relationships '" + f.path().string() + "'";
        }
        const auto r = test::run(
            "/usr/bin/python3 '" +
                (test::source_dir() / "tests/interop/check_neo4j_csv.py").string() + "'" + args,
            dir);
        CAPTURE(r.out);
        CHECK(r.status == 0);
    }
}
