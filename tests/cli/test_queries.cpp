// In-process tests of the query subcommands (path, centrality, neighbors, show, timeline) on a
// graph file built here, so the expected answers follow from the facts put in, not from what
// the extractor happens to find in a corpus.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "export/format.hpp"
#include "graph/succession.hpp"
#include "support/fixtures.hpp"
#include "util/json.hpp"

using namespace kg;

namespace {

struct Answer {
    int code = -1;
    std::string out;
    std::string err;
};

Answer kgraph(std::vector<std::string> args) {
    std::ostringstream out, err;
    Answer a;
    a.code = cli::run(args, out, err);
    a.out = out.str();
    a.err = err.str();
    return a;
}

Edge holds(KnowledgeGraph& kg, Vertex person, Vertex office, std::vector<Provenance> evidence) {
    RelationProps r;
    r.type = kg.ontology().relation_type("holds-office");
    r.evidence = std::move(evidence);
    return kg.add_relation(person, office, std::move(r));
}

/// Ann Old held the office in a 2022 article, Ben New in a 2023 one (so Ben succeeded Ann,
/// inferred); both attended one meeting. Written to GraphML in scratch folder `name` (one per
/// test: CTest runs test cases in parallel); returns its path.
std::string write_office_graph(const std::string& name) {
    KnowledgeGraph kg(test::ontology());
    const DocId a = kg.add_document({"a.txt", "2022-07-25", "Wire", "Old"});
    const DocId b = kg.add_document({"b.txt", "2023-11-09", "Wire", "New"});
    const Vertex office = test::add(kg, "Office", "Minister of Defense (Freedonia)");
    const Vertex ann = test::add(kg, "Person", "Ann Old");
    const Vertex ben = test::add(kg, "Person", "Ben New");
    const Vertex talks = test::add(kg, "Meeting", "1st Freedonia Talks");
    holds(kg, ann, office, {{a, 3, {0, 7}, "Minister Ann Old spoke."}});
    holds(kg, ben, office,
          {{b, 5, {0, 7}, "Minister Ben New arrived."},
           {b, 6, {0, 7}, "Ben New, the minister, said so."},
           {b, 6, {20, 27}, "Ben New, the minister, said so."},  // same sentence, second span
           {b, 9, {0, 7}, "Minister Ben New left."}});
    test::relate(kg, ann, "attended", talks);
    REQUIRE(infer_successions(kg) == 1);
    const auto path = (test::scratch_dir("cli-queries-" + name) / "office.graphml").string();
    exporters::write_graph_file(kg, path);
    return path;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("cli/queries") {
    TEST_CASE("timeline: holders in date order, the inferred succession with its basis") {
        const auto g = write_office_graph("1");
        const Answer t = kgraph({"timeline", g, "minister of defense freedonia"});
        REQUIRE(t.code == 0);
        CHECK(t.err.empty());
        const auto ann = t.out.find("2022-07-25                Ann Old  (1 mention)");
        const auto ben = t.out.find("2023-11-09                Ben New  (4 mentions)");
        CHECK(ann != std::string::npos);
        CHECK(ben != std::string::npos);
        CHECK(ann < ben);
        CHECK(t.out.find("Ben New succeeded Ann Old  [inferred, confidence 1.00]") !=
              std::string::npos);
        CHECK(t.out.find("basis: Ann Old held it 2022-07-25; Ben New from 2023-11-09") !=
              std::string::npos);

        const Answer j = kgraph({"timeline", g, "office:minister-of-defense-freedonia", "--json"});
        REQUIRE(j.code == 0);
        const auto doc = json::parse(j.out, "timeline --json");
        CHECK(std::string(doc["query"].GetString()) == "timeline");
        const auto& holders = doc["holders"];
        REQUIRE(holders.Size() == 2);
        CHECK(std::string(holders[0]["person"]["id"].GetString()) == "person:ann-old");
        CHECK(std::string(holders[1]["person"]["id"].GetString()) == "person:ben-new");
        CHECK(std::string(holders[1]["from"].GetString()) == "2023-11-09");
        CHECK(holders[1]["evidence"].Size() == 4);  // --json lists every piece
        const auto& succ = doc["successions"];
        REQUIRE(succ.Size() == 1);
        CHECK(std::string(succ[0]["successor"]["id"].GetString()) == "person:ben-new");
        CHECK(std::string(succ[0]["predecessor"]["id"].GetString()) == "person:ann-old");
        CHECK(succ[0]["inferred"].GetBool());
        CHECK(succ[0]["inferred_from"].Size() == 2);
    }

    TEST_CASE("timeline: --as-of leaves out holders and successions not known yet") {
        const auto g = write_office_graph("2");
        const Answer t =
            kgraph({"timeline", g, "Minister of Defense (Freedonia)", "--as-of", "2022-12-31"});
        REQUIRE(t.code == 0);
        CHECK(t.out.find("1 holder with dated evidence") != std::string::npos);
        CHECK(t.out.find("Ben New") == std::string::npos);
        CHECK(t.out.find("succeeded") == std::string::npos);
    }

    TEST_CASE("timeline: a stated succession naming no office shows between two holders") {
        KnowledgeGraph kg(test::ontology());
        const DocId d = kg.add_document({"same.txt", "2024-05-01", "", ""});
        const Vertex office = test::add(kg, "Office", "President (Freedonia)");
        const Vertex cy = test::add(kg, "Person", "Cy One");
        const Vertex dee = test::add(kg, "Person", "Dee Two");
        const Vertex eve = test::add(kg, "Person", "Eve Other");
        holds(kg, cy, office, {{d, 1, {0, 2}, "Cy One was president."}});
        holds(kg, dee, office, {{d, 2, {0, 3}, "Dee Two is president."}});
        test::relate(kg, dee, "succeeded", cy, "Dee Two succeeded Cy One.");
        test::relate(kg, eve, "succeeded", cy, "Eve Other succeeded Cy One as coach.");
        REQUIRE(infer_successions(kg) == 0);  // same date: no order to infer
        const auto g = (test::scratch_dir("cli-queries-stated") / "g.jsonld").string();
        exporters::write_graph_file(kg, g);
        const Answer t = kgraph({"timeline", g, "President (Freedonia)"});
        REQUIRE(t.code == 0);
        CHECK(t.out.find("Dee Two succeeded Cy One  [stated]") != std::string::npos);
        CHECK(t.out.find("Eve Other") == std::string::npos);  // not a holder of this office
    }

    TEST_CASE("timeline: a name that is not an office is a usage error") {
        const Answer t = kgraph({"timeline", write_office_graph("3"), "Ann Old"});
        CHECK(t.code == 2);
        CHECK(t.err.find("'Ann Old' is a Person, not an Office") != std::string::npos);
    }

    TEST_CASE("path: every hop carries its relation, direction and evidence") {
        const auto g = write_office_graph("4");
        const Answer t = kgraph({"path", g, "Ann Old", "Ben New", "--via", "holds-office"});
        REQUIRE(t.code == 0);
        CHECK(t.out.find("2 hops from Ann Old (Person) to Ben New (Person)") == 0);
        CHECK(t.out.find("Ann Old  --holds-office-->  Minister of Defense (Freedonia)\n"
                         "      evidence: a.txt (2022-07-25), sentence 3: \"Minister Ann Old "
                         "spoke.\"\n") != std::string::npos);
        CHECK(t.out.find("Minister of Defense (Freedonia)  <--holds-office--  Ben New\n"
                         "      evidence: b.txt (2023-11-09), sentence 5:") != std::string::npos);
        // Three sentences (one read twice) and the default of 3: all shown, each once.
        CHECK(count(t.out, "sentence 6:") == 1);
        CHECK(count(t.out, "evidence: ") == 4);

        const Answer j =
            kgraph({"path", g, "Ann Old", "Ben New", "--via", "holds-office", "--json"});
        REQUIRE(j.code == 0);
        const auto doc = json::parse(j.out, "path --json");
        REQUIRE(doc["paths"].Size() == 1);
        const auto& hops = doc["paths"][0]["hops"];
        REQUIRE(hops.Size() == 2);
        CHECK(doc["paths"][0]["length"].GetUint() == 2);
        CHECK(std::string(hops[0]["from"]["id"].GetString()) == "person:ann-old");
        CHECK(std::string(hops[0]["direction"].GetString()) == "forward");
        CHECK(std::string(hops[1]["direction"].GetString()) == "backward");
        CHECK(std::string(hops[1]["to"]["id"].GetString()) == "person:ben-new");
        CHECK(std::string(hops[0]["to"]["id"].GetString()) ==
              std::string(hops[1]["from"]["id"].GetString()));
        for (const auto& h : hops.GetArray()) {
            REQUIRE(h["evidence"].Size() >= 1);
            const auto& e = h["evidence"][0];
            CHECK(e.HasMember("doc"));
            CHECK(e.HasMember("date"));
            CHECK(e.HasMember("sentence"));
            CHECK(e["span"].Size() == 2);
            CHECK(e.HasMember("quote"));
        }
    }

    TEST_CASE("path: --evidence caps the sentences per hop and says how many are left out") {
        const Answer t = kgraph({"path", write_office_graph("5"), "Ann Old", "Ben New", "--via",
                                 "holds-office", "--evidence", "1"});
        REQUIRE(t.code == 0);
        CHECK(count(t.out, "evidence: ") == 2);
        CHECK(t.out.find("(2 more sentences; --evidence 0 or --json shows all)") !=
              std::string::npos);
    }

    TEST_CASE("path: none within the filters is an answer (exit 0), said in words") {
        const auto g = write_office_graph("6");
        // Before 2023 Ben holds nothing and the succession is not known yet.
        const Answer t = kgraph({"path", g, "Ann Old", "Ben New", "--until", "2022"});
        CHECK(t.code == 0);
        CHECK(t.out == "No path from Ann Old (Person) to Ben New (Person) with these filters.\n");
        const Answer j = kgraph({"path", g, "Ann Old", "Ben New", "--until", "2022", "--json"});
        CHECK(j.code == 0);
        CHECK(json::parse(j.out, "path --json")["paths"].Size() == 0);
    }

    TEST_CASE("queries: unknown and ambiguous names exit 2 with one line naming them") {
        const auto g = write_office_graph("7");
        const Answer unknown = kgraph({"show", g, "Ann Olde"});
        CHECK(unknown.code == 2);
        CHECK(unknown.err ==
              "kgraph: error: no entity named 'Ann Olde'; did you mean: Ann Old (Person, id "
              "person:ann-old)? [KG-E411]\n");
        const Answer partial = kgraph({"path", g, "Ben", "Ann Old"});
        CHECK(partial.code == 2);
        CHECK(partial.err.find("did you mean: Ben New (Person") != std::string::npos);
        const Answer bad_date = kgraph({"neighbors", g, "Ann Old", "--since", "22-07"});
        CHECK(bad_date.code == 2);
        CHECK(bad_date.err.find("'22-07' is not an ISO date") != std::string::npos);
        const Answer missing = kgraph({"centrality", "no-such-folder"});
        CHECK(missing.code == 3);
        CHECK(missing.err.find("no-such-folder: no such file or folder") != std::string::npos);
    }

    TEST_CASE("show and neighbors: edges both ways, with evidence and depth") {
        const auto g = write_office_graph("8");
        const Answer s = kgraph({"show", g, "Ben New", "--evidence", "0"});
        REQUIRE(s.code == 0);
        CHECK(s.out.find("Ben New\n  type: Person\n  id: person:ben-new\n") == 0);
        CHECK(s.out.find("--holds-office--> Minister of Defense (Freedonia) (Office)") !=
              std::string::npos);
        CHECK(s.out.find("--succeeded--> Ann Old (Person)  [inferred") != std::string::npos);
        CHECK(s.out.find("evidence: b.txt (2023-11-09), sentence 9:") != std::string::npos);

        const Answer n = kgraph({"neighbors", g, "Ann Old", "--depth", "2", "--json"});
        REQUIRE(n.code == 0);
        const auto doc = json::parse(n.out, "neighbors --json");
        std::vector<std::string> ids;
        for (const auto& x : doc["neighbors"].GetArray())
            ids.push_back(std::string(x["entity"]["id"].GetString()) + "@" +
                          std::to_string(x["depth"].GetUint()));
        std::sort(ids.begin(), ids.end());
        CHECK(ids == std::vector<std::string>{"meeting:1st-freedonia-talks@1",
                                              "office:minister-of-defense-freedonia@1",
                                              "person:ben-new@1"});
        const Answer only_in =
            kgraph({"neighbors", g, "Minister of Defense (Freedonia)", "--direction", "out"});
        CHECK(only_in.out.find("0 neighbour links") == 0);
    }

    TEST_CASE("centrality: lists every entity of the chosen types by value") {
        const auto g = write_office_graph("9");
        const Answer c =
            kgraph({"centrality", g, "-m", "in-degree", "--type", "Office,Person", "--json"});
        REQUIRE(c.code == 0);
        const auto doc = json::parse(c.out, "centrality --json");
        const auto& r = doc["results"];
        REQUIRE(r.Size() == 3);
        // Office: 2 holders in, of n - 1 = 3; Ann: succeeded by Ben.
        CHECK(std::string(r[0]["id"].GetString()) == "office:minister-of-defense-freedonia");
        CHECK(r[0]["value"].GetDouble() == doctest::Approx(2.0 / 3.0));
        CHECK(std::string(r[1]["id"].GetString()) == "person:ann-old");
        CHECK(r[1]["value"].GetDouble() == doctest::Approx(1.0 / 3.0));
        CHECK(r[2]["value"].GetDouble() == doctest::Approx(0.0));
        CHECK(
            kgraph({"centrality", g, "--type", "Persn"}).err.find("unknown entity type 'Persn'") !=
            std::string::npos);
    }
}
