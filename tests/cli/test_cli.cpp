// In-process tests of the command line: option parsing through the same setup_* functions the
// binary uses, exit-code mapping, and the counts behind `build`'s summary and `stats`.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <sstream>

#include "cli/app.hpp"
#include "cli/cmd_stats.hpp"
#include "cli/exit_codes.hpp"
#include "cli/options.hpp"
#include "cli/summary.hpp"
#include "support/fixtures.hpp"
#include "util/json.hpp"

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run run_cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    Run r;
    r.code = kg::cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::size_t count_of(const std::vector<kg::cli::TypeCount>& counts, const std::string& type) {
    for (const auto& c : counts)
        if (c.type == type) return c.count;
    FAIL("no count for type " << type);
    return 0;
}

}  // namespace

TEST_SUITE("cli/app") {
    TEST_CASE("cli: build parses inputs, repeated outputs, gazetteers and --quiet") {
        const auto dir = kg::test::scratch_dir("cli-parse");
        const auto gazetteer = (dir / "extra.tsv").string();
        std::ofstream(gazetteer) << "x\tX\n";
        CLI::App app;
        kg::cli::BuildCliOptions opts;
        kg::cli::setup_build(app, opts);
        std::vector<std::string> args{"build",     "a",        "b.txt",      "-o",
                                      "g.graphml", "--output", "g.dot",      "--gazetteer",
                                      gazetteer,   "--quiet",  "--ontology", "onto"};
        std::reverse(args.begin(), args.end());
        app.parse(args);
        CHECK(opts.inputs == std::vector<std::string>{"a", "b.txt"});
        CHECK(opts.outputs == std::vector<std::string>{"g.graphml", "g.dot"});
        CHECK(opts.gazetteers == std::vector<std::string>{gazetteer});
        CHECK(opts.quiet);
        CHECK(opts.ontology_dir == "onto");
    }

    TEST_CASE("cli: no subcommand prints the usage and exits 2") {
        const Run r = run_cli({});
        CHECK(r.code == 2);
        CHECK(r.err.find("Usage:") != std::string::npos);
        CHECK(r.err.find("build") != std::string::npos);
    }

    TEST_CASE("cli: an unknown output extension is a usage error that lists the formats") {
        const Run r = run_cli({"build", "anything", "-o", "graph.xlsx"});
        CHECK(r.code == 2);
        CHECK(r.err.rfind("kgraph: error: ", 0) == 0);
        CHECK(r.err.find("graph.xlsx") != std::string::npos);
        for (const char* ext : {".graphml", ".jsonld", ".dot"})
            CHECK(r.err.find(ext) != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // one line
    }

    TEST_CASE("cli: a missing graph file is unusable input (exit 3) named in one error line") {
        const auto dir = kg::test::scratch_dir("cli-missing");
        const auto missing = (dir / "nowhere.graphml").string();
        const Run r = run_cli({"stats", missing});
        CHECK(r.code == 3);
        CHECK(r.err.rfind("kgraph: error: ", 0) == 0);
        CHECK(r.err.find("nowhere.graphml") != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }

    TEST_CASE("cli: a missing ontology folder is unusable input (exit 3)") {
        const auto dir = kg::test::scratch_dir("cli-onto");
        const Run r = run_cli({"stats", "--ontology", (dir / "none").string(), "g.graphml"});
        CHECK(r.code == 3);
        CHECK(r.err.find("none") != std::string::npos);
    }
}

TEST_SUITE("cli/exit_codes") {
    TEST_CASE("exit_codes: each error class maps to its documented code") {
        using kg::cli::exit_code_for;
        using kg::cli::ExitCode;
        CHECK(exit_code_for(kg::InputError("KG-E1", "x")) == ExitCode::bad_input);
        CHECK(exit_code_for(kg::OntologyError("KG-E1", "x")) == ExitCode::bad_input);
        CHECK(exit_code_for(kg::ExportError("KG-E1", "x")) == ExitCode::output_error);
        CHECK(exit_code_for(kg::QueryError("KG-E1", "x")) == ExitCode::usage);
        CHECK(exit_code_for(kg::Error("KG-E1", "x")) == ExitCode::internal);
        CHECK(exit_code_for(std::runtime_error("x")) == ExitCode::internal);
        CHECK(kg::cli::to_int(ExitCode::inputs_skipped) == 1);
        CHECK(kg::cli::to_int(ExitCode::internal) == 5);
    }
}

TEST_SUITE("cli/summary") {
    TEST_CASE("summary: counts nodes and edges by type, documents and inferred edges") {
        auto kg = kg::test::small_graph();
        const auto a = kg::test::add(kg, "Person", "Ana Müller");
        const auto b = kg::test::add(kg, "Person", "Carl Doe");
        kg::RelationProps r;
        r.type = kg.ontology().relation_type("succeeded");
        r.inferred = true;
        kg.add_relation(b, a, r);

        const auto c = kg::cli::count_graph(kg);
        CHECK(c.documents == 2);
        CHECK(c.nodes == 7);
        CHECK(c.edges == 7);
        CHECK(c.inferred_edges == 1);
        CHECK(count_of(c.nodes_by_type, "Person") == 3);
        CHECK(count_of(c.nodes_by_type, "Organization") == 0);
        CHECK(count_of(c.edges_by_type, "succeeded") == 1);
        CHECK(count_of(c.edges_by_type, "held-in") == 1);
        CHECK(c.nodes_by_type.size() == kg.ontology().entity_types().size());
        CHECK(c.edges_by_type.size() == kg.ontology().relation_types().size());
    }

    TEST_CASE("summary: the JSON form parses and carries the same totals") {
        const auto kg = kg::test::small_graph();
        const auto c = kg::cli::count_graph(kg);
        const auto doc = kg::json::parse(kg::cli::counts_to_json(c), "counts");
        CHECK(doc["documents"].GetUint64() == c.documents);
        CHECK(doc["nodes"]["total"].GetUint64() == c.nodes);
        CHECK(doc["edges"]["total"].GetUint64() == c.edges);
        CHECK(doc["edges"]["inferred"].GetUint64() == 0);
        CHECK(doc["nodes"]["by_type"]["Person"].GetUint64() == 2);
        CHECK(doc["edges"]["by_type"]["co-chaired"].GetUint64() == 1);
    }

    TEST_CASE("summary: the text form lists every type with its count") {
        const auto c = kg::cli::count_graph(kg::test::small_graph());
        std::ostringstream os;
        kg::cli::print_counts(os, c);
        const std::string text = os.str();
        CHECK(text.find("nodes: 6\n") != std::string::npos);
        CHECK(text.find("edges: 6 (0 inferred)\n") != std::string::npos);
        for (const auto& t : c.nodes_by_type) CHECK(text.find(t.type) != std::string::npos);
        for (const auto& t : c.edges_by_type) CHECK(text.find(t.type) != std::string::npos);
    }
}
