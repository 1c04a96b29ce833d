// In-process timings for bench/run: a synthetic typed graph of any size, centrality, single-pair
// path latency and GraphML read/write, each printed as one JSON object on stdout. Not part of the
// test suite; built on demand (cmake --build build --target kg_bench).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <streambuf>
#include <string>
#include <tuple>
#include <vector>

#include "export/format.hpp"
#include "graph/centrality.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/paths.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// VmHWM, this process image's own peak. getrusage's ru_maxrss is not: it keeps the high-water
// mark of the process it was forked from (bench/run's Python, holding NetworkX graphs), so a 10k
// node graph read 1.5 GiB when run from a large parent.
double peak_rss_mib() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::shared_ptr<const kg::Ontology> ontology() {
    return std::make_shared<const kg::Ontology>(kg::Ontology::load(kg::default_ontology_dir()));
}

std::string arg(int argc, char** argv, const std::string& name, const std::string& fallback) {
    for (int i = 2; i + 1 < argc; ++i)
        if (argv[i] == name) return argv[i + 1];
    return fallback;
}

// A typed graph the ontology allows, with the degree skew of news graphs (a few countries and
// summits are on every page): endpoints drawn as floor(n * u^2). Every node and edge has one
// piece of evidence with a sentence-long quote, as an extracted graph does: about 40 facts per
// document and 4 per sentence, each sentence with its own text.
kg::KnowledgeGraph synthetic(std::size_t nodes, std::size_t edges, unsigned seed) {
    kg::KnowledgeGraph g(ontology());
    const auto& o = g.ontology();
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    constexpr std::size_t kSentences = 10;
    const std::size_t docs = std::max<std::size_t>(1, (nodes + edges) / 40);
    for (std::size_t d = 0; d < docs; ++d) {
        char date[16];
        std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2000 + d % 25, 1 + d % 12,
                      1 + d % 28);
        g.add_document({"doc" + std::to_string(d) + ".txt", date, "synthetic", ""});
    }
    auto evidence = [&](std::size_t i) {
        const std::size_t doc = i % docs, sentence = (i / docs) % kSentences;
        return std::vector<kg::Provenance>{
            {static_cast<kg::DocId>(doc),
             static_cast<std::uint32_t>(sentence),
             {static_cast<std::uint32_t>(i % 1000), static_cast<std::uint32_t>(i % 1000 + 12)},
             "Defence Minister Anna Okonjo and Foreign Minister Bram Tulloch held the " +
                 std::to_string(doc) + "th Strategic Dialogue in the capital on day " +
                 std::to_string(sentence) + "."}};
    };
    // Share of each type among the nodes, in the order ids are laid out.
    const std::vector<std::pair<const char*, double>> shares = {
        {"Country", 0.001}, {"Organization", 0.01}, {"Office", 0.09},
        {"Person", 0.45},   {"Meeting", 0.35},      {"Agreement", 0.099}};
    std::map<std::string, std::pair<std::size_t, std::size_t>> range;  // type -> [first, end)
    std::size_t next = 0;
    for (std::size_t t = 0; t < shares.size(); ++t) {
        const auto count =
            t + 1 == shares.size()
                ? nodes - next
                : std::max<std::size_t>(1, static_cast<std::size_t>(shares[t].second * nodes));
        const auto type = o.entity_type(shares[t].first);
        for (std::size_t i = 0; i < count; ++i) {
            kg::EntityProps e;
            e.type = type;
            e.label = std::string(shares[t].first) + " " + std::to_string(i);
            e.id = kg::KnowledgeGraph::entity_id(o, type, e.label);
            e.evidence = evidence(next + i);
            g.add_entity(std::move(e));
        }
        range[shares[t].first] = {next, next + count};
        next += count;
    }
    // Relation mix (head type, relation, tail type, weight).
    const std::vector<std::tuple<const char*, const char*, const char*, double>> mix = {
        {"Person", "attended", "Meeting", 0.35},       {"Person", "co-chaired", "Meeting", 0.1},
        {"Person", "holds-office", "Office", 0.1},     {"Office", "office-of", "Country", 0.05},
        {"Meeting", "held-in", "Country", 0.1},        {"Meeting", "discussed", "Agreement", 0.1},
        {"Country", "attended", "Meeting", 0.05},      {"Person", "signed", "Agreement", 0.05},
        {"Person", "member-of", "Organization", 0.05}, {"Person", "succeeded", "Person", 0.05}};
    std::vector<double> weights;
    for (const auto& m : mix) weights.push_back(std::get<3>(m));
    std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
    auto draw = [&](const char* type) {
        const auto [first, end] = range.at(type);
        const double x = u(rng);
        return static_cast<kg::Vertex>(first + static_cast<std::size_t>((end - first) * x * x));
    };
    for (std::size_t i = 0; g.num_relations() < edges && i < 4 * edges; ++i) {
        const auto& [h, rel, t, w] = mix[pick(rng)];
        const auto a = draw(h), b = draw(t);
        if (a == b) continue;
        kg::RelationProps r;
        r.type = o.relation_type(rel);
        r.evidence = evidence(i);
        g.add_relation(a, b, std::move(r));
    }
    return g;
}

int usage() {
    std::cerr << "usage: kg_bench synth --nodes N --edges M [--seed S] -o OUT.graphml\n"
                 "       kg_bench centrality GRAPH -m betweenness|pagerank [--sample K] "
                 "[--threads T] [--repeat N] [--out VALUES.tsv] [--edgelist EDGES.txt]\n"
                 "       kg_bench path GRAPH [--queries N] [--seed S] [--dump PATHS.txt]\n"
                 "  (GRAPH may be synth:NODES:EDGES, the synth graph built in memory)\n"
                 "       kg_bench io GRAPH -o COPY.graphml|.gexf|.jsonld\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 2) return usage();
    const std::string cmd = argv[1];
    std::cout.precision(6);
    if (cmd == "synth") {
        const auto out = arg(argc, argv, "-o", "");
        if (out.empty()) return usage();
        const auto t0 = Clock::now();
        const auto g = synthetic(std::stoul(arg(argc, argv, "--nodes", "10000")),
                                 std::stoul(arg(argc, argv, "--edges", "50000")),
                                 static_cast<unsigned>(std::stoul(arg(argc, argv, "--seed", "1"))));
        const double gen = seconds_since(t0);
        const double rss = peak_rss_mib();
        const auto t1 = Clock::now();
        kg::exporters::write_graph_file(g, out);
        const double write = seconds_since(t1);
        const double mb = static_cast<double>(std::filesystem::file_size(out)) / 1e6;
        std::cout << "{\"nodes\": " << g.num_entities() << ", \"edges\": " << g.num_relations()
                  << ", \"generate_s\": " << gen << ", \"graph_rss_mib\": " << rss
                  << ", \"write_s\": " << write << ", \"file_mb\": " << mb << "}\n";
        return 0;
    }
    if (argc < 3) return usage();
    const std::filesystem::path file = argv[2];
    const auto t0 = Clock::now();
    // "synth:N:M" is the synthetic graph of `synth --nodes N --edges M`, made in memory: a graph
    // of a million nodes is a 4 GB GraphML file, over what kgraph reads back (1 GiB).
    const auto g = [&] {
        const std::string spec = file.string();
        if (spec.rfind("synth:", 0) != 0) return kg::exporters::read_graph_file(file, ontology());
        const auto colon = spec.find(':', 6);
        if (colon == std::string::npos) throw std::invalid_argument("expected synth:NODES:EDGES");
        return synthetic(std::stoul(spec.substr(6, colon - 6)), std::stoul(spec.substr(colon + 1)),
                         static_cast<unsigned>(std::stoul(arg(argc, argv, "--seed", "1"))));
    }();
    const double read = seconds_since(t0);
    if (cmd == "centrality") {
        const auto m = kg::parse_measure(arg(argc, argv, "-m", "pagerank"));
        if (!m) return usage();
        kg::CentralityOptions opts;
        opts.normalized = false;  // raw values, as igraph gives them
        opts.sample = std::stoul(arg(argc, argv, "--sample", "0"));
        opts.threads = static_cast<unsigned>(std::stoul(arg(argc, argv, "--threads", "0")));
        // The best of --repeat runs, as bench/run times igraph: the first run also pays for
        // touching a graph that was just read.
        const int repeat = std::max(1, std::stoi(arg(argc, argv, "--repeat", "1")));
        std::vector<double> values;
        double s = 0;
        for (int i = 0; i < repeat; ++i) {
            const auto t1 = Clock::now();
            values = kg::centrality(g, *m, opts);
            const double run = seconds_since(t1);
            s = i == 0 ? run : std::min(s, run);
        }
        if (const auto el = arg(argc, argv, "--edgelist", ""); !el.empty()) {
            std::ofstream f(el);  // "head tail" vertex indices, in the order of the values
            for (auto e : boost::make_iterator_range(boost::edges(g.graph())))
                f << boost::source(e, g.graph()) << ' ' << boost::target(e, g.graph()) << '\n';
        }
        if (const auto out = arg(argc, argv, "--out", ""); !out.empty()) {
            std::ofstream f(out);
            f.precision(17);
            for (std::size_t v = 0; v < values.size(); ++v)
                f << g.graph()[v].id << '\t' << values[v] << '\n';
        }
        std::cout << "{\"measure\": \"" << kg::measure_name(*m)
                  << "\", \"nodes\": " << g.num_entities() << ", \"edges\": " << g.num_relations()
                  << ", \"seconds\": " << s << "}\n";
        return 0;
    }
    if (cmd == "path") {
        const std::size_t queries = std::stoul(arg(argc, argv, "--queries", "1000"));
        std::mt19937_64 rng(std::stoul(arg(argc, argv, "--seed", "1")));
        std::uniform_int_distribution<std::size_t> v(0, g.num_entities() - 1);
        std::vector<double> us;
        std::size_t found = 0, hops = 0;
        // --dump FILE: every path found, hop by hop, so that two builds can be compared with cmp.
        const auto dump_path = arg(argc, argv, "--dump", "");
        std::ofstream dump;
        if (!dump_path.empty()) dump.open(dump_path);
        for (std::size_t q = 0; q < queries; ++q) {
            const auto a = v(rng), b = v(rng);
            const auto t1 = Clock::now();
            const auto p = kg::shortest_path(g, a, b);
            us.push_back(seconds_since(t1) * 1e6);
            if (p) ++found, hops += p->size();
            if (!dump_path.empty()) {
                dump << a << ' ' << b << ':';
                if (!p) dump << " none";
                for (const auto& h : p ? *p : kg::Path{})
                    dump << ' ' << h.from << (h.forward ? '>' : '<') << h.to << '/'
                         << g.fact_id(h.edge);
                dump << '\n';
            }
        }
        std::sort(us.begin(), us.end());
        std::cout << "{\"queries\": " << queries << ", \"found\": " << found
                  << ", \"mean_hops\": " << (found ? double(hops) / found : 0)
                  << ", \"median_us\": " << us[us.size() / 2]
                  << ", \"p99_us\": " << us[us.size() * 99 / 100] << ", \"max_us\": " << us.back()
                  << "}\n";
        return 0;
    }
    if (cmd == "io") {
        const auto out = arg(argc, argv, "-o", "");
        if (out.empty()) return usage();
        const auto t1 = Clock::now();
        kg::exporters::write_graph_file(g, out);
        const double write = seconds_since(t1);
        // The same serialisation into a sink that drops the bytes: the CPU cost alone, without
        // the page cache and the fsync that write_graph_file does.
        struct Discard : std::streambuf {
            int_type overflow(int_type c) override { return traits_type::not_eof(c); }
            std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
        } discard;
        std::ostream sink(&discard);
        const auto t2 = Clock::now();
        kg::exporters::format_for_path(out).write(g, sink, {});
        const double serialize = seconds_since(t2);
        const double mb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
        const double out_mb = static_cast<double>(std::filesystem::file_size(out)) / 1e6;
        std::cout << "{\"file_mb\": " << mb << ", \"read_s\": " << read
                  << ", \"out_mb\": " << out_mb << ", \"write_s\": " << write
                  << ", \"serialize_s\": " << serialize << ", \"rss_mib\": " << peak_rss_mib()
                  << "}\n";
        return 0;
    }
    return usage();
} catch (const std::exception& e) {
    std::cerr << "kg_bench: " << e.what() << '\n';
    return 1;
}
