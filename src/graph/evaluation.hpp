#pragma once
// Extraction quality against a hand-annotated gold file (the format of shared/eval/gold-*.json):
// precision, recall and F1 of nodes and edges, by type, with every miss and false positive.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct Counts {
    std::size_t tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct EvaluationResult {
    std::map<std::string, Counts> nodes_by_type, edges_by_type;
    Counts nodes, edges;
    std::vector<std::string> missed_nodes, false_nodes, missed_edges, false_edges;
};

/// Scores `kg` against the gold file at `gold_path` with the same matching rules as
/// shared/eval/score.py: a node matches a gold entity of its type when its label is one of the
/// entity's names or the entity's name is one of the node's names (names compared by
/// text::match_key); exact canonical-name matches are assigned first; a second node for one
/// entity is a false positive; ignored entities and relations count neither way.
/// Throws kg::InputError when the gold file is missing or malformed.
EvaluationResult evaluate(const KnowledgeGraph& kg, const std::filesystem::path& gold_path);

}  // namespace kg
