#pragma once
// `kgraph stats GRAPH`: what a graph file holds, by type.
#include <ostream>
#include <string>

#include "cli/exit_codes.hpp"

namespace kg::cli {

struct StatsCliOptions {
    std::string input;         ///< a GraphML or JSON-LD file written by kgraph
    std::string ontology_dir;  ///< empty: kg::default_ontology_dir()
    bool json = false;         ///< print one JSON object instead of text
};

/// Runs `kgraph stats`: prints documents, nodes and edges by type and inferred edges on `out`.
/// Throws kg::InputError when the graph cannot be read.
ExitCode run_stats(const StatsCliOptions& opts, std::ostream& out);

}  // namespace kg::cli
