#pragma once
// `kgraph path GRAPH A B`: how two entities are connected, with the evidence for every hop.
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"
#include "cli/query_common.hpp"

namespace kg::cli {

struct PathCliOptions {
    QueryInput input;
    std::string from, to;
    std::size_t max_hops = 0;
    std::vector<std::string> via;    ///< relation types allowed
    std::vector<std::string> avoid;  ///< entity types or names not to pass through
    bool all = false;                ///< every shortest path
    std::size_t k = 0;               ///< k shortest simple paths
    bool directed = false;
    std::size_t evidence = 3;  ///< evidence sentences printed per hop (0: all)
};

/// Prints the path(s) or says there is none (exit 0 either way; no path is an answer).
ExitCode run_path(const PathCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
