#include <doctest/doctest.h>

#include <cmath>

#include "graph/centrality.hpp"
#include "support/fixtures.hpp"
#include "util/error.hpp"

using namespace kg;

namespace {
// People joined by `succeeded` edges give an arbitrary directed graph (self-loops included);
// `extra` adds a Meeting as the last vertex with the given people -> meeting edges, where a
// person listed twice gets two parallel edges (co-chaired and attended).
KnowledgeGraph people_graph(int people, const std::vector<std::pair<int, int>>& edges,
                            const std::vector<int>& to_meeting = {}) {
    KnowledgeGraph kg(test::ontology());
    std::vector<Vertex> v;
    for (int i = 0; i < people; ++i) v.push_back(test::add(kg, "Person", "P" + std::to_string(i)));
    for (auto [a, b] : edges) test::relate(kg, v[a], "succeeded", v[b]);
    if (!to_meeting.empty()) {
        const auto m = test::add(kg, "Meeting", "1st Talks");
        std::map<int, int> seen;
        for (int p : to_meeting) test::relate(kg, v[p], seen[p]++ ? "attended" : "co-chaired", m);
    }
    return kg;
}

// The graph of the oracle values below, as NetworkX builds it:
//   G = nx.MultiDiGraph(); G.add_nodes_from(range(7))
//   G.add_edges_from([(0,1),(1,2),(2,0),(2,3),(3,4),(4,4),(0,6),(0,6),(3,6)])
// Vertex 5 is isolated, 4 has a self-loop, 0 -> 6 is a parallel pair.
KnowledgeGraph oracle_graph() {
    return people_graph(6, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 4}}, {0, 0, 3});
}

void check_values(const std::vector<double>& got, const std::vector<double>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(i);
        CHECK(got[i] == doctest::Approx(want[i]).epsilon(1e-9));
    }
}
}  // namespace

TEST_SUITE("graph/centrality") {
    // Oracle values: NetworkX 2.8.8 on the graph of oracle_graph(), default parameters.
    TEST_CASE(
        "centrality: directed measures equal NetworkX on a graph with parallel edges, a self-loop "
        "and an isolate") {
        const auto kg = oracle_graph();
        check_values(centrality(kg, Measure::degree),
                     {0.66666666666666663, 0.33333333333333331, 0.5, 0.5, 0.5, 0, 0.5});
        check_values(centrality(kg, Measure::in_degree),
                     {1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 2.0 / 6, 0, 0.5});
        check_values(centrality(kg, Measure::out_degree),
                     {0.5, 1.0 / 6, 2.0 / 6, 2.0 / 6, 1.0 / 6, 0, 0});
        check_values(centrality(kg, Measure::betweenness),
                     {0.066666666666666666, 0.1, 0.2, 0.13333333333333333, 0, 0, 0});
        CentralityOptions raw;
        raw.normalized = false;
        check_values(centrality(kg, Measure::betweenness, raw), {2, 3, 6, 4, 0, 0, 0});
        check_values(centrality(kg, Measure::closeness),
                     {0.22222222222222221, 0.22222222222222221, 0.22222222222222221, 0.25,
                      0.26666666666666666, 0, 0.38095238095238093});
        check_values(
            centrality(kg, Measure::pagerank),
            {0.082396483836428239, 0.064752352172289404, 0.096446345228782468, 0.082396483836428239,
             0.50948491062891299, 0.041406538870569415, 0.12311688542658936});
    }

    TEST_CASE("centrality: undirected measures equal NetworkX on G.to_undirected()") {
        const auto kg = oracle_graph();
        CentralityOptions u;
        u.undirected = true;
        check_values(centrality(kg, Measure::betweenness, u),
                     {0.1, 0, 0.2, 0.3, 0, 0, 0.066666666666666666});
        check_values(centrality(kg, Measure::closeness, u),
                     {0.52083333333333337, 0.46296296296296302, 0.59523809523809523,
                      0.59523809523809523, 0.37878787878787878, 0, 0.52083333333333337});
        check_values(
            centrality(kg, Measure::pagerank, u),
            {0.21739763807699899, 0.11889830092524496, 0.17050927156088685, 0.17431643873747624,
             0.12831321265729723, 0.024390243902439029, 0.16617489413965666});
        check_values(centrality(kg, Measure::degree, u),
                     {0.66666666666666663, 0.33333333333333331, 0.5, 0.5, 0.5, 0, 0.5});
    }

    TEST_CASE("centrality: the Krackhardt kite gives NetworkX's textbook values") {
        const auto kg = people_graph(10, {{0, 1},
                                          {0, 2},
                                          {0, 3},
                                          {0, 5},
                                          {1, 3},
                                          {1, 4},
                                          {1, 6},
                                          {2, 3},
                                          {2, 5},
                                          {3, 4},
                                          {3, 5},
                                          {3, 6},
                                          {4, 6},
                                          {5, 6},
                                          {5, 7},
                                          {6, 7},
                                          {7, 8},
                                          {8, 9}});
        CentralityOptions u;
        u.undirected = true;
        check_values(centrality(kg, Measure::betweenness, u),
                     {0.023148148148148143, 0.023148148148148143, 0, 0.10185185185185183, 0,
                      0.23148148148148148, 0.23148148148148148, 0.38888888888888884,
                      0.22222222222222221, 0});
        check_values(centrality(kg, Measure::closeness, u),
                     {0.52941176470588236, 0.52941176470588236, 0.5, 0.6, 0.5, 0.6428571428571429,
                      0.6428571428571429, 0.6, 0.42857142857142855, 0.31034482758620691});
        check_values(
            centrality(kg, Measure::eigenvector, u),
            {0.35220898139203594, 0.35220898139203594, 0.28583473531632414, 0.48102048812210046,
             0.28583473531632414, 0.3976910106255469, 0.3976910106255469, 0.19586185175360382,
             0.048074775014202945, 0.01116405857582424});
        check_values(
            centrality(kg, Measure::pagerank, u),
            {0.1019196696364895, 0.10191966963648949, 0.079417912395138054, 0.14714751310196444,
             0.079417912395138054, 0.12890718095072973, 0.12890718095072973, 0.095247653501112028,
             0.085695803106552407, 0.05141950432565652});
    }

    TEST_CASE("centrality: directed eigenvector uses in-edges, as NetworkX") {
        // nx.eigenvector_centrality(nx.DiGraph([(0,1),(1,2),(2,0),(2,3),(3,0),(1,3)]))
        const auto kg = people_graph(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 0}, {1, 3}});
        check_values(
            centrality(kg, Measure::eigenvector),
            {0.62563008978992407, 0.44837094214182543, 0.32133551485489187, 0.55162847631829603});
    }

    TEST_CASE("centrality: eigenvector that does not converge is an error, not a wrong number") {
        CHECK_THROWS_AS(centrality(oracle_graph(), Measure::eigenvector), QueryError);
    }

    TEST_CASE("centrality: empty and one-vertex graphs give no NaN") {
        KnowledgeGraph empty(test::ontology());
        for (auto m :
             {Measure::degree, Measure::betweenness, Measure::closeness, Measure::pagerank})
            CHECK(centrality(empty, m).empty());
        CHECK_THROWS_AS(centrality(empty, Measure::eigenvector), QueryError);
        const auto one = people_graph(1, {});
        for (auto m : {Measure::degree, Measure::in_degree, Measure::betweenness,
                       Measure::closeness, Measure::pagerank, Measure::eigenvector}) {
            const auto v = centrality(one, m);
            REQUIRE(v.size() == 1);
            CHECK(std::isfinite(v[0]));
        }
        CHECK(centrality(one, Measure::degree)[0] == 1.0);
        CHECK(centrality(one, Measure::pagerank)[0] == doctest::Approx(1.0));
    }

    TEST_CASE("centrality: betweenness does not depend on the thread count") {
        std::vector<std::pair<int, int>> edges;
        for (int i = 0; i < 300; ++i) edges.push_back({i, (i * 7 + 3) % 300});
        const auto kg = people_graph(300, edges);
        CentralityOptions one, four;
        one.threads = 1;
        four.threads = 4;
        CHECK(centrality(kg, Measure::betweenness, one) ==
              centrality(kg, Measure::betweenness, four));
    }

    TEST_CASE(
        "centrality: sampled betweenness with all sources equals exact, and is repeatable by "
        "seed") {
        const auto kg = oracle_graph();
        CentralityOptions all;
        all.sample = 7;
        check_values(centrality(kg, Measure::betweenness, all),
                     centrality(kg, Measure::betweenness));
        CentralityOptions s1;
        s1.sample = 3;
        s1.seed = 42;
        CHECK(centrality(kg, Measure::betweenness, s1) == centrality(kg, Measure::betweenness, s1));
    }

    TEST_CASE("centrality: measure names parse both ways") {
        CHECK(parse_measure("in-degree") == Measure::in_degree);
        CHECK_FALSE(parse_measure("katz").has_value());
        CHECK(measure_name(Measure::pagerank) == "pagerank");
    }
}
