#include <doctest/doctest.h>

#include <random>
#include <string>

#include "graph/lookup.hpp"
#include "graph/neighborhood.hpp"
#include "graph/paths.hpp"
#include "graph/succession.hpp"
#include "support/fixtures.hpp"
#include "util/error.hpp"

using namespace kg;
using kg::test::add;
using kg::test::relate;

namespace {
// A diamond of two people who both attended two meetings, plus an office path:
//   ann -attended-> m1 <-attended- bob,  ann -attended-> m2 <-co-chaired- bob
//   ann -holds-office-> min -office-of-> fr <-held-in- m1
struct Diamond {
    KnowledgeGraph kg{test::ontology()};
    Vertex ann, bob, m1, m2, min, fr, lone;
    Diamond() {
        ann = add(kg, "Person", "Ann Lee");
        bob = add(kg, "Person", "Bob Roe");
        m1 = add(kg, "Meeting", "1st Talks");
        m2 = add(kg, "Meeting", "2nd Talks");
        min = add(kg, "Office", "Minister of Defense (Freedonia)");
        fr = add(kg, "Country", "Freedonia");
        lone = add(kg, "Person", "Lone Wolf");
        relate(kg, ann, "attended", m1);
        relate(kg, bob, "attended", m1);
        relate(kg, ann, "attended", m2);
        relate(kg, bob, "co-chaired", m2);
        relate(kg, ann, "holds-office", min);
        relate(kg, min, "office-of", fr);
        relate(kg, m1, "held-in", fr);
    }
};

std::vector<Vertex> vertices(const Path& p, Vertex start) {
    std::vector<Vertex> v{start};
    for (const auto& h : p) v.push_back(h.to);
    return v;
}
}  // namespace

TEST_SUITE("graph/paths") {
    TEST_CASE(
        "paths: two people who attended one meeting are two hops apart, walking against "
        "direction") {
        Diamond d;
        const auto p = shortest_path(d.kg, d.ann, d.bob);
        REQUIRE(p.has_value());
        REQUIRE(p->size() == 2);
        CHECK((*p)[0].from == d.ann);
        CHECK((*p)[0].forward);
        CHECK((*p)[1].to == d.bob);
        CHECK_FALSE((*p)[1].forward);  // bob -> meeting walked backwards
        CHECK((*p)[0].to == (*p)[1].from);
    }

    TEST_CASE(
        "paths: all shortest paths find both meetings, and k shortest adds the longer office "
        "route") {
        Diamond d;
        const auto all = all_shortest_paths(d.kg, d.ann, d.bob);
        REQUIRE(all.size() == 2);
        CHECK(vertices(all[0], d.ann) == std::vector<Vertex>{d.ann, d.m1, d.bob});
        CHECK(vertices(all[1], d.ann) == std::vector<Vertex>{d.ann, d.m2, d.bob});
        const auto k = k_shortest_paths(d.kg, d.ann, d.bob, 5);
        REQUIRE(k.size() == 3);
        CHECK(k[0].size() == 2);
        CHECK(k[1].size() == 2);
        CHECK(vertices(k[2], d.ann) == std::vector<Vertex>{d.ann, d.min, d.fr, d.m1, d.bob});
    }

    TEST_CASE("paths: --via, --avoid, --directed and --max-hops restrict the search") {
        Diamond d;
        PathOptions via;
        via.filter.relations = {d.kg.ontology().relation_type("co-chaired"),
                                d.kg.ontology().relation_type("attended")};
        via.filter.avoid_vertices = {d.m1};
        const auto p = shortest_path(d.kg, d.ann, d.bob, via);
        REQUIRE(p.has_value());
        CHECK(vertices(*p, d.ann) == std::vector<Vertex>{d.ann, d.m2, d.bob});

        PathOptions no_meetings;
        no_meetings.filter.avoid_types = {d.kg.ontology().entity_type("Meeting")};
        CHECK_FALSE(shortest_path(d.kg, d.ann, d.bob, no_meetings).has_value());

        PathOptions directed;
        directed.directed = true;
        CHECK_FALSE(shortest_path(d.kg, d.ann, d.bob, directed).has_value());
        CHECK(shortest_path(d.kg, d.ann, d.fr, directed)->size() == 2);

        PathOptions one_hop;
        one_hop.max_hops = 1;
        CHECK_FALSE(shortest_path(d.kg, d.ann, d.bob, one_hop).has_value());
        one_hop.max_hops = 2;
        CHECK(shortest_path(d.kg, d.ann, d.bob, one_hop).has_value());
    }

    TEST_CASE("paths: disconnected, self and single-vertex cases") {
        Diamond d;
        CHECK_FALSE(shortest_path(d.kg, d.ann, d.lone).has_value());
        CHECK(all_shortest_paths(d.kg, d.ann, d.lone).empty());
        CHECK(k_shortest_paths(d.kg, d.ann, d.lone, 3).empty());
        CHECK(shortest_path(d.kg, d.ann, d.ann)->empty());
        KnowledgeGraph one(test::ontology());
        const auto v = add(one, "Person", "Solo");
        CHECK(shortest_path(one, v, v)->empty());
    }

    TEST_CASE(
        "paths: a parallel stated edge is preferred over an inferred one, and self-loops are "
        "ignored") {
        KnowledgeGraph kg(test::ontology());
        const auto a = add(kg, "Person", "A");
        const auto b = add(kg, "Person", "B");
        RelationProps inferred;
        inferred.type = kg.ontology().relation_type("succeeded");
        inferred.inferred = true;
        kg.add_relation(a, b, inferred);
        relate(kg, b, "succeeded", a);  // stated, opposite direction
        relate(kg, a, "succeeded", a);  // self-loop
        const auto p = shortest_path(kg, a, b);
        REQUIRE(p->size() == 1);
        CHECK_FALSE(kg.graph()[(*p)[0].edge].inferred);
        CHECK_FALSE((*p)[0].forward);
    }

    TEST_CASE("paths: a time window drops facts without evidence dated inside it") {
        KnowledgeGraph kg(test::ontology());
        const DocId old_doc = kg.add_document({"old.txt", "2019-06-01", "", ""});
        const auto a = add(kg, "Person", "A");
        const auto m = add(kg, "Meeting", "1st Talks");
        const auto b = add(kg, "Person", "B");
        for (Vertex p : {a, b}) {
            RelationProps r;
            r.type = kg.ontology().relation_type("attended");
            r.evidence = {Provenance{old_doc, 0, {0, 1}, "q"}};
            kg.add_relation(p, m, r);
        }
        PathOptions since;
        since.filter.since = "2020-01-01";
        CHECK_FALSE(shortest_path(kg, a, b, since).has_value());
        since.filter.since = "2019";
        since.filter.until = "2019";
        CHECK(shortest_path(kg, a, b, since).has_value());
    }
}

namespace {
// People and meetings joined at random: many shortest paths of equal length, so the choice
// among them (side expanded, neighbour order, first parent) decides the answer.
KnowledgeGraph random_graph(unsigned seed, int people, int meetings, int edges) {
    KnowledgeGraph kg(test::ontology());
    std::vector<Vertex> p, m;
    for (int i = 0; i < people; ++i) p.push_back(add(kg, "Person", "P " + std::to_string(i)));
    for (int i = 0; i < meetings; ++i) m.push_back(add(kg, "Meeting", "M " + std::to_string(i)));
    std::mt19937 rng(seed);
    for (int i = 0; i < edges; ++i)
        relate(kg, p[rng() % p.size()], i % 3 ? "attended" : "co-chaired", m[rng() % m.size()]);
    return kg;
}

// Hops counted by a plain breadth-first search in both directions: the length to expect.
std::optional<std::size_t> bfs_hops(const KnowledgeGraph& kg, Vertex a, Vertex b) {
    const Graph& g = kg.graph();
    std::vector<int> dist(boost::num_vertices(g), -1);
    std::vector<Vertex> front{a};
    dist[a] = 0;
    for (std::size_t i = 0; i < front.size(); ++i) {
        const Vertex v = front[i];
        auto reach = [&](Vertex to) {
            if (dist[to] < 0) dist[to] = dist[v] + 1, front.push_back(to);
        };
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            reach(boost::target(e, g));
        for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) reach(boost::source(e, g));
    }
    if (dist[b] < 0) return std::nullopt;
    return static_cast<std::size_t>(dist[b]);
}

std::string describe(const KnowledgeGraph& kg, const std::optional<Path>& p) {
    if (!p) return "none";
    std::string out;
    for (const Hop& h : *p)
        out += std::to_string(h.from) + (h.forward ? ">" : "<") + std::to_string(h.to) + "/" +
               kg.fact_id(h.edge) + " ";
    return out;
}
}  // namespace

TEST_SUITE("graph/paths") {
    TEST_CASE("paths: shortest and well-formed on a random graph, the same on every repeat") {
        const KnowledgeGraph big = random_graph(7, 120, 60, 260);
        const KnowledgeGraph small = random_graph(3, 5, 3, 6);
        const auto n = static_cast<Vertex>(big.num_entities());
        std::vector<std::string> first;
        for (Vertex a = 0; a < n; a += 7)
            for (Vertex b = 1; b < n; b += 11) {
                const auto p = shortest_path(big, a, b);
                const auto hops = bfs_hops(big, a, b);
                REQUIRE(p.has_value() == hops.has_value());
                if (p) {
                    CHECK(p->size() == *hops);
                    Vertex at = a;
                    for (const Hop& h : *p) {
                        CHECK(h.from == at);
                        const Vertex head = boost::source(h.edge, big.graph());
                        const Vertex tail = boost::target(h.edge, big.graph());
                        CHECK((h.forward ? head : tail) == h.from);
                        CHECK((h.forward ? tail : head) == h.to);
                        at = h.to;
                    }
                    CHECK(at == b);
                }
                first.push_back(describe(big, p));
            }
        // The searches reuse buffers between queries: queries on another, smaller graph in
        // between, and the same queries again, must give the same paths.
        for (Vertex a = 0; a < small.num_entities(); ++a)
            for (Vertex b = 0; b < small.num_entities(); ++b) (void)shortest_path(small, a, b);
        std::size_t i = 0;
        for (Vertex a = 0; a < n; a += 7)
            for (Vertex b = 1; b < n; b += 11)
                CHECK(describe(big, shortest_path(big, a, b)) == first[i++]);
    }

    TEST_CASE("paths: between two vertices the hop takes the most confident edge, then the first") {
        KnowledgeGraph kg(test::ontology());
        const auto a = add(kg, "Person", "A");
        const auto m = add(kg, "Meeting", "1st Talks");
        const auto attended = relate(kg, a, "attended", m);
        const auto chaired = relate(kg, a, "co-chaired", m);
        auto p = shortest_path(kg, a, m);
        REQUIRE(p->size() == 1);
        CHECK((*p)[0].edge == attended);  // equal confidence: the edge added first
        kg.update_relation(attended, 0.5, {});
        p = shortest_path(kg, a, m);
        REQUIRE(p->size() == 1);
        CHECK((*p)[0].edge == chaired);
        p = shortest_path(kg, m, a);
        REQUIRE(p->size() == 1);
        CHECK((*p)[0].edge == chaired);
        CHECK_FALSE((*p)[0].forward);
    }
}

TEST_SUITE("graph/filters") {
    TEST_CASE("filters: an inferred edge passes a window only when all its premises do") {
        KnowledgeGraph kg(test::ontology());
        const DocId d2022 = kg.add_document({"old.txt", "2022-07-25", "", ""});
        const DocId d2023 = kg.add_document({"new.txt", "2023-11-09", "", ""});
        const auto office = add(kg, "Office", "Minister of Defense (Freedonia)");
        const auto a = add(kg, "Person", "Ann Old");
        const auto b = add(kg, "Person", "Ben New");
        for (auto [who, doc] : {std::pair{a, d2022}, std::pair{b, d2023}}) {
            RelationProps r;
            r.type = kg.ontology().relation_type("holds-office");
            r.evidence = {Provenance{doc, 0, {0, 1}, "q"}};
            kg.add_relation(who, office, r);
        }
        REQUIRE(infer_successions(kg) == 1);
        const auto succ = kg.find_relation(b, kg.ontology().relation_type("succeeded"), a);
        REQUIRE(succ.has_value());
        FactFilter as_of_2022;
        as_of_2022.until = "2022-12-31";
        // Its own evidence includes Ann's 2022 holding, but Ben's holding is not known yet.
        CHECK(as_of_2022.in_window(kg, kg.graph()[*succ].evidence));
        CHECK_FALSE(as_of_2022.allows_edge(kg, *succ));
        FactFilter as_of_2024;
        as_of_2024.until = "2024";
        CHECK(as_of_2024.allows_edge(kg, *succ));
    }

    TEST_CASE("filters: filter_graph keeps only the evidence dated inside the window") {
        KnowledgeGraph kg(test::ontology());
        const DocId d1 = kg.add_document({"1.txt", "2022-01-01", "", ""});
        const DocId d2 = kg.add_document({"2.txt", "2024-01-01", "", ""});
        const auto p = add(kg, "Person", "Ann Old");
        const auto o = add(kg, "Office", "Minister of Defense (Freedonia)");
        RelationProps r;
        r.type = kg.ontology().relation_type("holds-office");
        r.evidence = {Provenance{d1, 0, {0, 1}, "q"}, Provenance{d2, 0, {0, 1}, "q"}};
        kg.add_relation(p, o, r);
        FactFilter until_2023;
        until_2023.until = "2023";
        const KnowledgeGraph f = filter_graph(kg, until_2023);
        REQUIRE(f.num_relations() == 1);
        const auto e = *boost::edges(f.graph()).first;
        REQUIRE(f.graph()[e].evidence.size() == 1);
        CHECK(f.graph()[e].evidence[0].doc == d1);
        const KnowledgeGraph all = filter_graph(kg, FactFilter{});
        CHECK(all.graph()[*boost::edges(all.graph()).first].evidence.size() == 2);
    }
}

TEST_SUITE("graph/neighborhood") {
    TEST_CASE("neighborhood: depth, direction and edge type select the neighbours") {
        Diamond d;
        const auto out1 = neighborhood(d.kg, d.ann, 1, Direction::out);
        CHECK(out1.size() == 3);  // m1, m2, min
        const auto in1 = neighborhood(d.kg, d.m1, 1, Direction::in);
        CHECK(in1.size() == 2);  // ann, bob
        const auto both2 = neighborhood(d.kg, d.ann, 2, Direction::both);
        std::set<Vertex> reached;
        for (const auto& n : both2) reached.insert(n.vertex);
        CHECK(reached == std::set<Vertex>{d.m1, d.m2, d.min, d.bob, d.fr});
        FactFilter only_holds;
        only_holds.relations = {d.kg.ontology().relation_type("holds-office")};
        CHECK(neighborhood(d.kg, d.ann, 3, Direction::both, only_holds).size() == 1);
    }
}

namespace {
/// The message of the QueryError resolve_name throws for `name` ("" when it does not throw).
std::string lookup_error(const KnowledgeGraph& kg, std::string_view name) {
    try {
        resolve_name(kg, name);
    } catch (const QueryError& e) {
        return e.what();
    }
    return {};
}
}  // namespace

TEST_SUITE("graph/lookup") {
    TEST_CASE("lookup: ids, labels and aliases match ignoring case, hyphens and accents") {
        KnowledgeGraph kg(test::ontology());
        EntityProps e;
        e.type = kg.ontology().entity_type("Person");
        e.label = "Shin Won-sik";
        e.id = KnowledgeGraph::entity_id(kg.ontology(), e.type, e.label);
        e.aliases = {"Minister Shin"};
        const auto shin = kg.add_entity(e);
        const auto jose = add(kg, "Person", "José Núñez");
        CHECK(resolve_name(kg, "person:shin-won-sik") == shin);
        CHECK(resolve_name(kg, "shin wonsik") == shin);
        CHECK(resolve_name(kg, "SHIN WON-SIK") == shin);
        CHECK(resolve_name(kg, "minister shin") == shin);
        CHECK(resolve_name(kg, "Jose Nunez") == jose);
    }

    TEST_CASE("lookup: an ambiguous name lists candidates, an unknown one suggests the closest") {
        KnowledgeGraph kg(test::ontology());
        add(kg, "Person", "Georgia");
        add(kg, "Country", "Georgia");
        add(kg, "Person", "Lloyd Austin");
        CHECK_THROWS_WITH_AS(resolve_name(kg, "georgia"), doctest::Contains("ambiguous"),
                             QueryError);
        CHECK_THROWS_WITH_AS(resolve_name(kg, "Loyd Austin"),
                             doctest::Contains("did you mean: Lloyd Austin (Person"), QueryError);
        CHECK_THROWS_WITH(resolve_name(kg, "zzzzzzzzzzzz"), doctest::Contains("no entity named"));
        CHECK(lookup_error(kg, "zzzzzzzzzzzz").find("did you mean") == std::string::npos);
    }

    TEST_CASE("lookup: part of a name is suggested, never resolved silently") {
        KnowledgeGraph kg(test::ontology());
        add(kg, "Person", "Minoru Kihara");
        add(kg, "Person", "Kiharami Tanaka");
        add(kg, "Office", "Minister of Defense (Japan)");
        add(kg, "Office", "Minister of National Defense (South Korea)");
        CHECK_THROWS_WITH_AS(resolve_name(kg, "kihara"),
                             doctest::Contains("did you mean: Minoru Kihara (Person"), QueryError);
        // Whole words only: "Kiharami" does not contain the word "kihara".
        CHECK(lookup_error(kg, "kihara").find("Tanaka") == std::string::npos);
        // Shortest name first; the message is one line.
        CHECK_THROWS_WITH(resolve_name(kg, "minister of"),
                          doctest::Contains("did you mean: Minister of Defense (Japan) (Office, id "
                                            "office:minister-of-defense-japan); Minister of "
                                            "National Defense"));
        CHECK(lookup_error(kg, "minister of").find('\n') == std::string::npos);
    }
}
