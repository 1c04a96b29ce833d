#include "graph/lookup.hpp"

#include <algorithm>

#include "util/error.hpp"
#include "util/text.hpp"

namespace kg {
namespace {

// The lenient key without spaces, so "Won-sik", "Won sik" and "Wonsik" agree.
std::string squeeze(std::string_view s) {
    std::string k = text::match_key(s);
    std::erase(k, ' ');
    return k;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::vector<Vertex> find_by_name(const KnowledgeGraph& kg, std::string_view name) {
    if (auto v = kg.find(name)) return {*v};
    const std::string key = squeeze(name);
    std::vector<Vertex> out;
    if (key.empty()) return out;
    const Graph& g = kg.graph();
    for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
        bool hit =
            squeeze(g[v].label) == key || squeeze(g[v].id.substr(g[v].id.find(':') + 1)) == key;
        for (const auto& a : g[v].aliases) hit = hit || squeeze(a) == key;
        if (hit) out.push_back(v);
    }
    // A label match beats alias-only matches ("Lee" the person named Lee vs. aliases "Lee").
    std::vector<Vertex> by_label;
    for (Vertex v : out)
        if (squeeze(g[v].label) == key) by_label.push_back(v);
    return by_label.empty() ? out : by_label;
}

Vertex resolve_name(const KnowledgeGraph& kg, std::string_view name) {
    const auto found = find_by_name(kg, name);
    const Graph& g = kg.graph();
    auto describe = [&](Vertex v) {
        return g[v].label + " (" + kg.ontology().entity(g[v].type).id + ", id " + g[v].id + ")";
    };
    // Messages stay on one line (the CLI prints errors as one line): entries joined by "; ".
    auto list = [&](const std::vector<Vertex>& vs, std::size_t limit) {
        std::string out;
        for (std::size_t i = 0; i < vs.size() && i < limit; ++i)
            out += (i ? "; " : "") + describe(vs[i]);
        if (vs.size() > limit) out += "; and " + std::to_string(vs.size() - limit) + " more";
        return out;
    };
    if (found.size() == 1) return found.front();
    if (found.size() > 1)
        throw QueryError("KG-E410", "'" + std::string(name) + "' is ambiguous; it names: " +
                                        list(found, 10) + ". Use the id to choose one.");

    // Part of a name ("Kihara", "Defense Minister") as whole words: the likeliest intent, so
    // listed first, shortest names first. Not resolved silently: a surname may belong to
    // someone the graph does not know.
    const std::string words = " " + text::match_key(name) + " ";
    std::vector<std::pair<std::size_t, Vertex>> partial;
    if (words.size() > 2) {
        for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
            std::size_t best = std::string::npos;
            auto consider = [&](const std::string& n) {
                const std::string k = " " + text::match_key(n) + " ";
                if (k.find(words) != std::string::npos) best = std::min(best, k.size());
            };
            consider(g[v].label);
            for (const auto& a : g[v].aliases) consider(a);
            if (best != std::string::npos) partial.emplace_back(best, v);
        }
    }
    std::sort(partial.begin(), partial.end());
    std::vector<Vertex> suggestions;
    for (const auto& [len, v] : partial) suggestions.push_back(v);

    if (suggestions.empty()) {
        const std::string key = squeeze(name);
        std::vector<std::pair<std::size_t, Vertex>> close;
        for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
            std::size_t best = edit_distance(key, squeeze(g[v].label));
            for (const auto& a : g[v].aliases)
                best = std::min(best, edit_distance(key, squeeze(a)));
            close.emplace_back(best, v);
        }
        std::sort(close.begin(), close.end());
        const std::size_t limit = std::max<std::size_t>(2, key.size() / 2);
        for (std::size_t i = 0; i < close.size() && i < 3 && close[i].first <= limit; ++i)
            suggestions.push_back(close[i].second);
    }
    std::string msg = "no entity named '" + std::string(name) + "'";
    msg += suggestions.empty() ? "." : "; did you mean: " + list(suggestions, 5) + "?";
    throw QueryError("KG-E411", msg);
}

}  // namespace kg
