#pragma once
// `kgraph add GRAPH INPUT...` and `kgraph remove GRAPH DOC...`: incremental updates. Both read the
// graph's facts store (GRAPH.facts, from `kgraph build --facts`), change its documents, and
// assemble the graph again from the facts, so the result is the graph a full rebuild gives
// without extracting the old articles again.
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"

namespace kg::cli {

struct UpdateCliOptions {
    std::string graph;                 ///< the graph file to rewrite
    std::vector<std::string> items;    ///< add: article folders or files; remove: document names
    std::vector<std::string> outputs;  ///< further graph files to write
    std::string facts;                 ///< the facts store; empty: GRAPH + ".facts"
    std::string ontology_dir;
    unsigned jobs = 0;
    bool quiet = false;
    bool repair_utf8 = false;  ///< --repair-utf8: repair bad UTF-8 instead of skipping
};

/// Extracts the new articles, appends them to the store (after the documents already there, as
/// `kgraph build OLD... NEW...` would order them) and rewrites store and graph. An article whose
/// file name is already in the graph is refused (remove it first). ExitCode::inputs_skipped when
/// some articles were skipped.
ExitCode run_add(const UpdateCliOptions& opts, std::ostream& out, std::ostream& err);

/// Drops the named documents (file names as the graph lists them) from the store and rewrites
/// store and graph: their facts go, nodes and edges no other document supports go, successions
/// are inferred again. Unknown names are an error and nothing is written.
ExitCode run_remove(const UpdateCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
