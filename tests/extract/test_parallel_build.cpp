#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "export/format.hpp"
#include "extract/corpus_builder.hpp"
#include "extract_fixtures.hpp"

using namespace kg::extract;

namespace {

// The GraphML and JSON-LD text of a graph: what "identical output" means to a user.
std::string exported(const kg::KnowledgeGraph& kg) {
    std::ostringstream os;
    for (const char* f : {"graphml", "jsonld"}) kg::exporters::format_by_name(f).write(kg, os, {});
    return os.str();
}

std::string build_with(const std::filesystem::path& corpus, unsigned threads, BuildReport& report) {
    BuildOptions o;
    o.ontology_dir = kg::test::source_dir() / "ontology";
    o.threads = threads;
    return exported(build_graph({corpus}, kg::test::ontology(), o, report));
}

void check_same_for_every_thread_count(const std::filesystem::path& corpus) {
    BuildReport r1;
    const auto one = build_with(corpus, 1, r1);
    for (unsigned threads : {2u, 8u}) {
        BuildReport rn;
        CHECK_MESSAGE(build_with(corpus, threads, rn) == one, threads << " threads");
        CHECK(rn.documents_read == r1.documents_read);
        CHECK(rn.bytes_read == r1.bytes_read);
    }
}

}  // namespace

TEST_SUITE("extract/parallel_build") {
    TEST_CASE("parallel build: 1 and N threads give identical GraphML and JSON-LD (examples)") {
        check_same_for_every_thread_count(kg::test::source_dir() / "examples" / "corpus");
    }

    TEST_CASE("parallel build: 1 and N threads give identical GraphML and JSON-LD (seeds)") {
        const auto shared = kg::test::shared_dir();
        if (!shared) return;
        check_same_for_every_thread_count(*shared / "corpus" / "seeds");
    }

    TEST_CASE("parallel build: diagnostics come in corpus order whatever the thread count") {
        const auto dir = kg::test::scratch_dir("parallel-diagnostics");
        auto write = [&](const char* name, const std::string& text) {
            std::ofstream(dir / name, std::ios::binary) << text;
        };
        write("a.txt", "");
        write("b.txt", "Spanish Prime Minister Eva Ruiz spoke.");
        write("c.txt", std::string("bad\0byte", 8));
        write("d.txt", "<html><body>page</body></html>");
        write("e.txt", "Canadian Defence Minister Bram Okonjo met troops.");
        write("manifest.json", R"([{"file": "zz.txt", "date": "2020-01-01"}])");
        std::vector<std::string> first;
        for (unsigned threads : {1u, 4u}) {
            BuildOptions o;
            o.ontology_dir = kg::test::source_dir() / "ontology";
            o.threads = threads;
            std::size_t calls = 0;
            o.progress = [&](const BuildProgress& p) {
                ++calls;
                CHECK(p.total == 5);
                CHECK(p.done <= p.total);
                CHECK(p.bytes <= p.total_bytes);
            };
            BuildReport r;
            const auto kg = build_graph({dir}, kg::test::ontology(), o, r);
            CHECK(calls == 5);
            CHECK(r.documents_read == 2);
            CHECK(r.documents_skipped == 3);
            std::vector<std::string> order;
            for (const auto& d : r.diagnostics)
                order.push_back(d.input.substr(dir.string().size() + 1));  // "a.txt"
            CHECK(order ==
                  std::vector<std::string>{"manifest.json: /0", "a.txt", "c.txt", "d.txt"});
            REQUIRE(kg.documents().size() == 2);
            CHECK(kg.documents()[0].file == "b.txt");
            CHECK(kg.documents()[1].file == "e.txt");
        }
    }

    TEST_CASE("parallel build: shards of a corpus, assembled in order, give the whole build") {
        const auto corpus = kg::test::source_dir() / "examples" / "corpus";
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        BuildReport whole_report;
        const auto whole = exported(build_graph({corpus}, kg::test::ontology(), o, whole_report));
        std::vector<DocumentFacts> all;
        for (std::size_t k = 0; k < 3; ++k) {
            o.shard_index = k;
            o.shard_count = 3;
            const CorpusExtractor x(kg::test::ontology(), o);
            BuildReport r;
            auto part = x.extract({corpus}, r, true);
            CHECK(!part.empty());  // 5 articles in 3 parts: 1, 2, 2
            for (auto& d : part) all.push_back(std::move(d));
        }
        o.shard_count = 1;
        const CorpusExtractor x(kg::test::ontology(), o);
        CHECK(all.size() == whole_report.documents_read);
        CHECK(exported(x.assemble(all)) == whole);
    }
}
