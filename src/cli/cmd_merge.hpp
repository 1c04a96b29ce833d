#pragma once
// `kgraph merge FACTS... -o GRAPH`: the reduce step of a sharded build, facts files in (from
// `kgraph extract` or `kgraph build --facts`), the graph a single build would give out.
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"

namespace kg::cli {

struct MergeCliOptions {
    std::vector<std::string> inputs;   ///< facts files, in document order
    std::vector<std::string> outputs;  ///< graph files
    std::string facts;                 ///< also write the combined facts here
    std::string ontology_dir;
    bool quiet = false;
};

/// Assembles the facts files, in the order given, into one graph and writes every output.
/// Throws kg::Error on unusable input or output.
ExitCode run_merge(const MergeCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
