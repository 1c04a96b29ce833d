#include "cli/summary.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <iomanip>

namespace kg::cli {

GraphCounts count_graph(const KnowledgeGraph& kg) {
    const Ontology& ontology = kg.ontology();
    const Graph& g = kg.graph();
    GraphCounts c;
    c.documents = kg.documents().size();
    c.nodes = kg.num_entities();
    c.edges = kg.num_relations();
    for (const auto& t : ontology.entity_types()) c.nodes_by_type.push_back({t.id, 0});
    for (const auto& t : ontology.relation_types()) c.edges_by_type.push_back({t.id, 0});
    for (auto [v, v_end] = boost::vertices(g); v != v_end; ++v)
        ++c.nodes_by_type.at(g[*v].type).count;
    for (auto [e, e_end] = boost::edges(g); e != e_end; ++e) {
        ++c.edges_by_type.at(g[*e].type).count;
        if (g[*e].inferred) ++c.inferred_edges;
    }
    return c;
}

namespace {

void print_types(std::ostream& os, const std::vector<TypeCount>& types) {
    std::size_t width = 0;
    for (const auto& t : types) width = std::max(width, t.type.size());
    for (const auto& t : types) {
        os << "  " << std::left << std::setw(static_cast<int>(width)) << t.type << "  "
           << std::right << std::setw(6) << t.count << '\n';
    }
}

void write_types(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w,
                 const std::vector<TypeCount>& types) {
    w.Key("by_type");
    w.StartObject();
    for (const auto& t : types) {
        w.Key(t.type.c_str(), static_cast<rapidjson::SizeType>(t.type.size()));
        w.Uint64(t.count);
    }
    w.EndObject();
}

}  // namespace

void print_counts(std::ostream& os, const GraphCounts& c) {
    os << "documents: " << c.documents << '\n';
    os << "nodes: " << c.nodes << '\n';
    print_types(os, c.nodes_by_type);
    os << "edges: " << c.edges << " (" << c.inferred_edges << " inferred)\n";
    print_types(os, c.edges_by_type);
}

std::string counts_to_json(const GraphCounts& c) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    // Keys and integers only: the writer cannot fail on them, so its return values carry no news.
    w.StartObject();
    w.Key("documents");
    w.Uint64(c.documents);
    w.Key("nodes");
    w.StartObject();
    w.Key("total");
    w.Uint64(c.nodes);
    write_types(w, c.nodes_by_type);
    w.EndObject();
    w.Key("edges");
    w.StartObject();
    w.Key("total");
    w.Uint64(c.edges);
    w.Key("inferred");
    w.Uint64(c.inferred_edges);
    write_types(w, c.edges_by_type);
    w.EndObject();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kg::cli
