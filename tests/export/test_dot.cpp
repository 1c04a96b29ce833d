#include <doctest/doctest.h>

#include <regex>

#include "export/dot.hpp"
#include "export_support.hpp"
#include "util/error.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {

/// Entities whose ids are DOT keywords and whose labels hold every character DOT can trip on.
KnowledgeGraph nasty_graph() {
    KnowledgeGraph kg(test::ontology());
    kg.add_document({"n.txt", "", "", ""});
    const Ontology& o = kg.ontology();
    const char* labels[] = {
        "She said \"hi\"",
        "C:\\dir\\",
        "trailing\\",
        "two\nlines\r\nthree",
        "AT&T <b>bold</b> & >",
        "Müller 신원식 😀",
        "ctrl\x01\x1F\x7F",
        "&amp; &#1; &lt;",
        "tab\there",
        "\\N \\G \\l",
    };
    const char* ids[] = {"node",     "edge",       "graph",        "digraph",     "strict",
                         "subgraph", "person:x\\", "person:\"q\"", "person:a\nb", "person:ü"};
    std::vector<Vertex> vs;
    for (std::size_t i = 0; i < std::size(ids); ++i) {
        EntityProps e;
        e.type = o.entity_type("Person");
        e.id = ids[i];
        e.label = labels[i];
        vs.push_back(kg.add_entity(e));
    }
    for (std::size_t i = 0; i + 1 < vs.size(); ++i) {
        RelationProps r;
        r.type = o.relation_type("succeeded");
        r.inferred = i % 2 == 0;
        r.evidence = {Provenance{0, 0, Span{0, 1}, "\"quote\" \\ never shown"}};
        kg.add_relation(vs[i], vs[i + 1], r);
    }
    const auto c = test::add(kg, "Country", "strict");
    const auto m = test::add(kg, "Meeting", "subgraph \"talks\"");
    test::relate(kg, m, "held-in", c);
    return kg;
}

void expect_dot_accepts(const std::string& name, const std::string& text) {
    if (!test::have_tool("dot")) return;
    const auto dir = test::scratch_dir("dot-" + name);
    test::spit(dir / (name + ".dot"), text);
    const auto r = test::run("dot -Tsvg '" + (dir / (name + ".dot")).string() + "' -o '" +
                                 (dir / (name + ".svg")).string() + "'",
                             dir);
    CAPTURE(text);
    CHECK(r.status == 0);
    CHECK(r.err == "");
}

}  // namespace

TEST_SUITE("export/dot") {
    TEST_CASE("dot: Graphviz renders the small graph with no warnings") {
        expect_dot_accepts("small", to_dot_string(test::small_graph()));
    }

    TEST_CASE("dot: keywords, quotes, backslashes, newlines, markup and controls are harmless") {
        expect_dot_accepts("nasty", to_dot_string(nasty_graph()));
    }

    TEST_CASE("dot: the empty graph is a valid digraph") {
        expect_dot_accepts("empty", to_dot_string(KnowledgeGraph(test::ontology())));
    }

    TEST_CASE("dot: every id is quoted, labels are relation types, no evidence text") {
        const std::string text = to_dot_string(nasty_graph());
        CHECK(text.find("\"node\" [label=\"She said \\\"hi\\\"\"") != std::string::npos);
        CHECK(text.find("\"graph\" [label=\"trailing\\\\\"") != std::string::npos);
        CHECK(text.find("\"person:x\\\\\" [label=") != std::string::npos);
        CHECK(text.find("[label=\"two\\nlines\\nthree\"") != std::string::npos);
        CHECK(text.find("never shown") == std::string::npos);
        CHECK(text.find("label=\"succeeded\"") != std::string::npos);
        // Each statement line starts with a quoted id (or is a default-attribute line).
        std::istringstream lines(text);
        std::string line;
        const std::regex stmt(R"re(^  "([^"\\]|\\.)*"( -> "([^"\\]|\\.)*")? \[.*\];$)re");
        const std::regex defaults(R"re(^  (graph|node|edge) \[.*\];$)re");
        int statements = 0;
        while (std::getline(lines, line)) {
            if (line.rfind("  ", 0) != 0) continue;
            CAPTURE(line);
            CHECK((std::regex_match(line, stmt) || std::regex_match(line, defaults)));
            ++statements;
        }
        const auto kg = nasty_graph();
        // 3 default lines, one line per node and edge, the legend.
        CHECK(statements == static_cast<int>(3 + kg.num_entities() + kg.num_relations() + 1));
    }

    TEST_CASE("dot: node and edge styles come from the ontology") {
        const auto kg = test::small_graph();
        const std::string text = to_dot_string(kg);
        const auto& person = kg.ontology().entity(kg.ontology().entity_type("Person"));
        CHECK(text.find("shape=\"" + person.style.shape + "\", color=\"" + person.style.color +
                        "\"") != std::string::npos);
        const auto& rel = kg.ontology().relation(kg.ontology().relation_type("office-of"));
        CHECK(text.find("[label=\"office-of\", color=\"" + rel.style.color + "\", style=\"" +
                        rel.style.line + "\"]") != std::string::npos);
    }

    TEST_CASE("dot: a legend lists the entity and relation types present") {
        const auto kg = test::small_graph();
        const std::string text = to_dot_string(kg);
        const auto legend = text.find("\"kgraph:legend\" [shape=\"plaintext\"");
        REQUIRE(legend != std::string::npos);
        const std::string rest = text.substr(legend);
        CHECK(rest.find(">Person</TD>") != std::string::npos);
        CHECK(rest.find(">office-of</TD>") != std::string::npos);
        CHECK(rest.find(">Organization</TD>") == std::string::npos);  // none in the graph
        CHECK(to_dot_string(KnowledgeGraph(test::ontology())).find("legend") == std::string::npos);
    }

    TEST_CASE("dot: more nodes than kDotMaxNodes is an ExportError suggesting a subgraph") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Country");
        for (std::size_t i = 0; i <= kDotMaxNodes; ++i) {
            e.id = "country:c" + std::to_string(i);
            e.label = "C" + std::to_string(i);
            kg.add_entity(e);
        }
        try {
            to_dot_string(kg);
            FAIL("no ExportError");
        } catch (const ExportError& err) {
            CHECK(std::string(err.what()).find("--around") != std::string::npos);
        }
    }

    TEST_CASE("dot: the same graph gives byte-identical output") {
        CHECK(to_dot_string(nasty_graph()) == to_dot_string(nasty_graph()));
    }
}
