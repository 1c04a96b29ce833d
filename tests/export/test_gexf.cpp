#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "export/gexf.hpp"
#include "export_support.hpp"
#include "util/error.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {

KnowledgeGraph read_gexf_string(const std::string& text, const std::string& origin = "test.gexf") {
    std::istringstream in(text);
    return read_gexf(in, test::ontology(), origin);
}

/// The file an evidence item cites, so graphs whose document tables differ can be compared.
std::vector<std::pair<std::string, Span>> cited(const KnowledgeGraph& kg,
                                                const std::vector<Provenance>& ev) {
    std::vector<std::pair<std::string, Span>> out;
    for (const auto& p : ev) out.emplace_back(kg.documents().at(p.doc).file, p.span);
    return out;
}

void expect_gexf_error(const std::string& text, const std::string& needle) {
    try {
        read_gexf_string(text, "broken.gexf");
        FAIL("no InputError for a file that should contain: " << needle);
    } catch (const InputError& e) {
        const std::string msg = e.what();
        CAPTURE(msg);
        CHECK(msg.find("broken.gexf") != std::string::npos);
        CHECK(msg.find(needle) != std::string::npos);
    }
}

}  // namespace

TEST_SUITE("export/gexf") {
    TEST_CASE("gexf: round trip keeps ids, types, labels, aliases, attrs, evidence, edges") {
        const auto kg = test::rich_graph();
        const std::string text = to_gexf_string(kg);
        const auto back = read_gexf_string(text);
        const Graph& ga = kg.graph();
        const Graph& gb = back.graph();
        REQUIRE(boost::num_vertices(ga) == boost::num_vertices(gb));
        for (std::size_t v = 0; v < boost::num_vertices(ga); ++v) {
            CAPTURE(ga[v].id);
            CHECK(ga[v].id == gb[v].id);
            CHECK(ga[v].label == gb[v].label);
            CHECK(ga[v].type == gb[v].type);
            CHECK(ga[v].aliases == gb[v].aliases);
            CHECK(ga[v].attrs == gb[v].attrs);
            CHECK(cited(kg, ga[v].evidence) == cited(back, gb[v].evidence));
        }
        REQUIRE(boost::num_edges(ga) == boost::num_edges(gb));
        auto ea = boost::edges(ga).first;
        auto eb = boost::edges(gb).first;
        for (; ea != boost::edges(ga).second; ++ea, ++eb) {
            CAPTURE(kg.fact_id(*ea));
            CHECK(kg.fact_id(*ea) == back.fact_id(*eb));
            CHECK(ga[*ea].inferred == gb[*eb].inferred);
            CHECK(ga[*ea].confidence == gb[*eb].confidence);
            CHECK(ga[*ea].attrs == gb[*eb].attrs);
            CHECK(ga[*ea].inferred_from == gb[*eb].inferred_from);
            CHECK(cited(kg, ga[*ea].evidence) == cited(back, gb[*eb].evidence));
        }
        // Documents come back from the evidence: file and date, not source and title.
        REQUIRE(back.documents().size() == 2);
        CHECK(back.documents()[0].file == "a.txt");
        CHECK(back.documents()[0].date == "2024-01-02");
        CHECK(to_gexf_string(back) == text);
    }

    TEST_CASE("gexf: edges carry kind, weight, colour and a spell of their evidence dates") {
        const std::string text = to_gexf_string(test::rich_graph());
        CHECK(text.find("version=\"1.3\"") != std::string::npos);
        CHECK(text.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
        CHECK(text.find("mode=\"dynamic\"") != std::string::npos);
        CHECK(text.find("timeformat=\"date\"") != std::string::npos);
        CHECK(text.find("kind=\"holds-office\"") != std::string::npos);
        CHECK(text.find("kind=\"succeeded\"") != std::string::npos);
        CHECK(text.find("<spell start=\"2024-01-02\" end=\"2024-03-04\" />") != std::string::npos);
        CHECK(text.find("<viz:color r=\"") != std::string::npos);
        CHECK(text.find("<viz:size value=\"") != std::string::npos);
        CHECK(text.find("<attribute id=\"inferred\" title=\"inferred\" type=\"boolean\" />") !=
              std::string::npos);
    }

    TEST_CASE("gexf: escapes quotes, markup, backslashes and newlines in attribute values") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Person");
        e.id = "person:odd";
        e.label = "Bo \"The Chief\" <Lee> & Co\\ line\nbreak Séoul 신원식";
        kg.add_entity(e);
        const std::string text = to_gexf_string(kg);
        CHECK(text.find("<Lee>") == std::string::npos);
        CHECK(text.find("&quot;The Chief&quot; &lt;Lee> &amp; Co\\ line&#10;break") !=
              std::string::npos);
        const auto back = read_gexf_string(text);
        CHECK(back.graph()[0].label == e.label);
    }

    TEST_CASE("gexf: control characters become U+FFFD, never a character reference") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Country");
        e.id = "country:ctrl";
        e.label = "Bad\x01name";
        kg.add_entity(e);
        const std::string text = to_gexf_string(kg);
        CHECK(text.find('\x01') == std::string::npos);
        CHECK(read_gexf_string(text).graph()[0].label == "Bad\xEF\xBF\xBDname");
    }

    TEST_CASE("gexf: a non-finite confidence is an ExportError") {
        auto kg = test::small_graph();
        const Edge e = *boost::edges(kg.graph()).first;
        kg.update_relation(e, std::numeric_limits<double>::quiet_NaN(), {});
        CHECK_THROWS_AS(to_gexf_string(kg), ExportError);
    }

    TEST_CASE("gexf: malformed files are InputErrors naming the file and the element") {
        const std::string good = to_gexf_string(test::small_graph());
        expect_gexf_error("<gexf><graph>", "not well-formed XML");
        expect_gexf_error("<graphml/>", "no <gexf> root");
        expect_gexf_error(test::replace_once(good, "for=\"type\"", "for=\"nope\""),
                          "undeclared attribute 'nope'");
        expect_gexf_error(test::replace_once(good, "target=\"", "target=\"missing:x"), "edge 'e0'");
        expect_gexf_error(test::replace_once(good, "value=\"Person\"", "value=\"Alien\""), "Alien");
    }

    TEST_CASE("gexf: graphology-gexf (Gephi Lite's reader) parses it strictly") {
        if (!test::have_tool("node")) return;
        const auto clients = test::source_dir() / "tests" / "interop";
        if (!std::filesystem::exists(clients / "node_modules" / "graphology-gexf")) {
            MESSAGE("skipped: npm clients not installed (scripts/install-interop-clients.sh)");
            return;
        }
        const auto dir = test::scratch_dir("gexf-graphology");
        const auto kg = test::rich_graph();
        test::spit(dir / "rich.gexf", to_gexf_string(kg));
        const auto r =
            test::run("node '" + (clients / "clients.js").string() + "' gexf '" +
                          (dir / "rich.gexf").string() + "' " + std::to_string(kg.num_entities()) +
                          " " + std::to_string(kg.num_relations()),
                      dir);
        CAPTURE(r.err);
        CHECK(r.status == 0);
    }
}
