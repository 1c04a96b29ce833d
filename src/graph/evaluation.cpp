#include "graph/evaluation.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "util/error.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace kg {
namespace {

struct GoldEntity {
    std::string id, type, name;
    std::set<std::string> keys;  // match keys of name and aliases
};

struct Gold {
    std::vector<GoldEntity> entities;
    std::set<std::tuple<std::string, std::string, std::string>> relations, ignored_relations;
    std::vector<std::pair<std::string, std::set<std::string>>> ignored_entities;  // (type, keys)
};

std::string str(const rapidjson::Value& obj, const char* key, const std::string& origin,
                bool required) {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) {
        if (required)
            throw InputError("KG-E120", origin + ": an entry lacks the string '" + key + "'.");
        return {};
    }
    return it->value.GetString();
}

std::set<std::string> keys_of(const rapidjson::Value& e, const std::string& origin) {
    std::set<std::string> keys{text::match_key(str(e, "name", origin, true))};
    if (const auto it = e.FindMember("aliases"); it != e.MemberEnd() && it->value.IsArray())
        for (const auto& a : it->value.GetArray())
            if (a.IsString()) keys.insert(text::match_key(a.GetString()));
    return keys;
}

Gold load_gold(const std::filesystem::path& path) {
    const auto doc = json::parse_file(path);
    const std::string origin = path.string();
    if (!doc.IsObject() || !doc.HasMember("entities") || !doc["entities"].IsArray() ||
        !doc.HasMember("relations") || !doc["relations"].IsArray())
        throw InputError("KG-E121",
                         origin + ": a gold file needs arrays 'entities' and 'relations'.");
    Gold g;
    for (const auto& e : doc["entities"].GetArray()) {
        if (!e.IsObject()) throw InputError("KG-E120", origin + ": an entity is not an object.");
        g.entities.push_back({str(e, "id", origin, true), str(e, "type", origin, true),
                              str(e, "name", origin, true), keys_of(e, origin)});
    }
    auto triple = [&](const rapidjson::Value& r) {
        if (!r.IsObject()) throw InputError("KG-E120", origin + ": a relation is not an object.");
        return std::make_tuple(str(r, "type", origin, true), str(r, "head", origin, true),
                               str(r, "tail", origin, true));
    };
    for (const auto& r : doc["relations"].GetArray()) g.relations.insert(triple(r));
    if (const auto it = doc.FindMember("ignore"); it != doc.MemberEnd() && it->value.IsObject()) {
        if (const auto e = it->value.FindMember("entities");
            e != it->value.MemberEnd() && e->value.IsArray())
            for (const auto& x : e->value.GetArray())
                g.ignored_entities.emplace_back(str(x, "type", origin, false), keys_of(x, origin));
        if (const auto r = it->value.FindMember("relations");
            r != it->value.MemberEnd() && r->value.IsArray())
            for (const auto& x : r->value.GetArray()) g.ignored_relations.insert(triple(x));
    }
    return g;
}

}  // namespace

EvaluationResult evaluate(const KnowledgeGraph& kg, const std::filesystem::path& gold_path) {
    const Gold gold = load_gold(gold_path);
    const Graph& g = kg.graph();
    const auto& onto = kg.ontology();
    const std::size_t n = boost::num_vertices(g);

    struct NodeNames {
        std::string type, label;
        std::set<std::string> keys;
    };
    std::vector<NodeNames> names(n);
    for (Vertex v = 0; v < n; ++v) {
        names[v].type = onto.entity(g[v].type).id;
        names[v].label = text::match_key(g[v].label);
        names[v].keys.insert(names[v].label);
        for (const auto& a : g[v].aliases) names[v].keys.insert(text::match_key(a));
    }
    // Visit nodes in id order, as the reference scorer does, so assignments agree with it.
    std::vector<Vertex> order(n);
    for (Vertex v = 0; v < n; ++v) order[v] = v;
    std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });

    std::map<Vertex, std::size_t> assigned, dup;
    std::map<std::size_t, Vertex> owner;
    std::set<Vertex> ignored;
    for (const bool strict : {true, false}) {
        for (const Vertex v : order) {
            if (assigned.count(v) || dup.count(v)) continue;
            std::vector<std::size_t> cands;
            for (std::size_t i = 0; i < gold.entities.size(); ++i) {
                const auto& e = gold.entities[i];
                if (e.type != names[v].type) continue;
                const std::string gname = text::match_key(e.name);
                if (strict ? names[v].label == gname
                           : (e.keys.count(names[v].label) || names[v].keys.count(gname)))
                    cands.push_back(i);
            }
            const auto free = std::find_if(cands.begin(), cands.end(),
                                           [&](std::size_t c) { return !owner.count(c); });
            if (free != cands.end()) {
                owner[*free] = v;
                assigned[v] = *free;
            } else if (!cands.empty() && !strict) {
                dup[v] = cands.front();
            }
        }
    }
    for (Vertex v = 0; v < n; ++v) {
        if (assigned.count(v) || dup.count(v)) continue;
        for (const auto& [itype, ikeys_binding] : gold.ignored_entities) {
            // clang 14 (the fuzz build) cannot capture a structured binding in a lambda.
            const auto& ikeys = ikeys_binding;
            const bool hit = ikeys.count(names[v].label) ||
                             std::any_of(names[v].keys.begin(), names[v].keys.end(),
                                         [&](const std::string& k) { return ikeys.count(k) > 0; });
            if ((itype.empty() || itype == names[v].type) && hit) {
                ignored.insert(v);
                break;
            }
        }
    }

    EvaluationResult res;
    for (const auto& t : onto.entity_types()) res.nodes_by_type[t.id];
    for (const auto& r : onto.relation_types()) res.edges_by_type[r.id];
    for (std::size_t i = 0; i < gold.entities.size(); ++i) {
        auto& c = res.nodes_by_type[gold.entities[i].type];
        if (owner.count(i)) {
            ++c.tp;
        } else {
            ++c.fn;
            res.missed_nodes.push_back(gold.entities[i].type + " " + gold.entities[i].name);
        }
    }
    for (Vertex v = 0; v < n; ++v) {
        if (assigned.count(v) || ignored.count(v)) continue;
        ++res.nodes_by_type[names[v].type].fp;
        res.false_nodes.push_back(names[v].type + " " + g[v].label +
                                  (dup.count(v) ? " (duplicate)" : ""));
    }

    auto to_gold = [&](Vertex v) -> std::string {
        if (auto it = assigned.find(v); it != assigned.end()) return gold.entities[it->second].id;
        if (auto it = dup.find(v); it != dup.end()) return gold.entities[it->second].id;
        if (ignored.count(v)) return {};
        return "?" + g[v].label;
    };
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const auto h = to_gold(boost::source(*it, g)), t = to_gold(boost::target(*it, g));
        if (h.empty() || t.empty()) continue;
        seen.emplace(onto.relation(g[*it].type).id, h, t);
    }
    auto show = [&](const std::tuple<std::string, std::string, std::string>& x) {
        auto name = [&](const std::string& id) {
            if (!id.empty() && id[0] == '?') return "<" + id.substr(1) + ">";
            for (const auto& e : gold.entities)
                if (e.id == id) return e.name;
            return id;
        };
        return name(std::get<1>(x)) + " -" + std::get<0>(x) + "-> " + name(std::get<2>(x));
    };
    for (const auto& x : seen) {
        auto& c = res.edges_by_type[std::get<0>(x)];
        if (gold.relations.count(x)) {
            ++c.tp;
        } else if (!gold.ignored_relations.count(x)) {
            ++c.fp;
            res.false_edges.push_back(show(x));
        }
    }
    for (const auto& x : gold.relations) {
        if (seen.count(x)) continue;
        ++res.edges_by_type[std::get<0>(x)].fn;
        res.missed_edges.push_back(show(x));
    }
    for (const auto& [t, c] : res.nodes_by_type) {
        res.nodes.tp += c.tp, res.nodes.fp += c.fp, res.nodes.fn += c.fn;
    }
    for (const auto& [t, c] : res.edges_by_type) {
        res.edges.tp += c.tp, res.edges.fp += c.fp, res.edges.fn += c.fn;
    }
    return res;
}

}  // namespace kg
