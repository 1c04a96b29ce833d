#pragma once
// `kgraph eval --gold FILE GRAPH`: extraction quality against a hand-annotated gold file, with
// the matching rules of the reference scorer (shared/eval/score.py).
#include <ostream>
#include <string>

#include "cli/exit_codes.hpp"
#include "cli/query_common.hpp"

namespace kg::cli {

struct EvalCliOptions {
    QueryInput input;  ///< GRAPH: a graph file or a folder of articles
    std::string gold;
    bool verbose = false;
    double min_node_f1 = 0, min_edge_f1 = 0;
};

/// Prints precision, recall and F1 of nodes and edges by type (or one JSON object with --json,
/// in score.py's shape). Exits 1 when a --min-*-f1 threshold is not met.
ExitCode run_eval(const EvalCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
