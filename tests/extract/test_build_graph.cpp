#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "extract/corpus_builder.hpp"
#include "extract_fixtures.hpp"

using namespace kg::extract;

namespace {
std::vector<std::string> dump(const kg::KnowledgeGraph& kg) {
    std::vector<std::string> out;
    const auto& g = kg.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(g))) out.push_back(g[v].id);
    for (auto e : boost::make_iterator_range(boost::edges(g))) out.push_back(kg.fact_id(e));
    return out;
}
}  // namespace

TEST_SUITE("extract/build_graph") {
    TEST_CASE("build_graph: the seed corpus gives a non-empty, evidenced, deterministic graph") {
        const auto shared = kg::test::shared_dir();
        if (!shared) return;
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        std::size_t progress_calls = 0;
        o.progress = [&](const BuildProgress&) { ++progress_calls; };
        BuildReport r1, r2;
        const auto a = build_graph({*shared / "corpus" / "seeds"}, kg::test::ontology(), o, r1);
        const auto b = build_graph({*shared / "corpus" / "seeds"}, kg::test::ontology(), o, r2);
        CHECK(r1.documents_read == a.documents().size());
        CHECK(r1.documents_read >= 1);
        CHECK(progress_calls == 2 * r1.documents_read);
        CHECK(a.num_entities() > 0);
        CHECK(a.num_relations() > 0);
        CHECK(dump(a) == dump(b));
        const auto& g = a.graph();
        std::set<std::string> types;
        for (auto v : boost::make_iterator_range(boost::vertices(g))) {
            CHECK(!g[v].evidence.empty());
            types.insert(a.ontology().entity(g[v].type).id);
            for (const auto& p : g[v].evidence) {
                CHECK(p.doc < a.documents().size());
                CHECK(p.span.begin < p.span.end);
                CHECK(!p.quote.empty());
            }
        }
        for (auto e : boost::make_iterator_range(boost::edges(g))) CHECK(!g[e].evidence.empty());
        CHECK(types.count("Person"));
        CHECK(types.count("Country"));
        CHECK(types.count("Office"));
        // Every Office has an office-of edge, as the annotation guide requires.
        for (auto v : boost::make_iterator_range(boost::vertices(g))) {
            if (a.ontology().entity(g[v].type).id != "Office") continue;
            bool has_office_of = false;
            for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
                has_office_of = has_office_of || a.ontology().relation(g[e].type).id == "office-of";
            CHECK_MESSAGE(has_office_of, g[v].id);
        }
    }
}

TEST_SUITE("extract/build_graph") {
    TEST_CASE("build_graph: a later holder of an office succeeds the earlier one, inferred") {
        const auto dir = std::filesystem::temp_directory_path() / "kg_test_succession_corpus";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        auto write = [&](const char* name, const char* text) { std::ofstream(dir / name) << text; };
        write("a.txt", "Canadian Defence Minister Harriet Tulloch visited Oslo on Monday.\n");
        write("b.txt", "Canadian Defence Minister Bram Okonjo met troops on Friday.\n");
        write("manifest.json", R"([{"file": "a.txt", "date": "2019-03-04"},
                                   {"file": "b.txt", "date": "2021-05-07"}])");
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        BuildReport r;
        const auto kg = build_graph({dir}, kg::test::ontology(), o, r);
        std::filesystem::remove_all(dir);
        const auto& g = kg.graph();
        std::vector<std::string> inferred;
        for (auto e : boost::make_iterator_range(boost::edges(g)))
            if (g[e].inferred)
                inferred.push_back(g[boost::source(e, g)].label + " -" +
                                   kg.ontology().relation(g[e].type).id + "-> " +
                                   g[boost::target(e, g)].label);
        CHECK(inferred == std::vector<std::string>{"Bram Okonjo -succeeded-> Harriet Tulloch"});
    }

    TEST_CASE("build_graph: a component's 'aliases' attribute becomes the node's aliases") {
        const auto dir = std::filesystem::temp_directory_path() / "kg_test_alias_attr_corpus";
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        std::ofstream(dir / "a.txt") << "Peruvian Defense Minister Luis Salas will meet Chilean "
                                        "Defense Minister Ana Rojas on Friday.\n";
        std::ofstream(dir / "manifest.json") << R"([{"file": "a.txt", "date": "2024-03-04"}])";
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        BuildReport r;
        const auto kg = build_graph({dir}, kg::test::ontology(), o, r);
        std::filesystem::remove_all(dir);
        const auto& g = kg.graph();
        bool found = false;
        for (auto v : boost::make_iterator_range(boost::vertices(g))) {
            if (g[v].label != "Peru-Chile Defense Ministerial Talks 2024-03-08") continue;
            found = true;
            CHECK(g[v].attrs.count("aliases") == 0);
            CHECK(g[v].aliases ==
                  std::vector<std::string>{"Chile-Peru Defense Ministerial Talks 2024-03-08",
                                           "Chile-Peru Defense Ministers' Talks 2024-03-08",
                                           "Peru-Chile Defense Ministers' Talks 2024-03-08"});
        }
        CHECK(found);
    }
}
