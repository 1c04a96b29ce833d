#pragma once
// `kgraph neighbors GRAPH NAME`: the entities around one entity.
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"
#include "cli/query_common.hpp"

namespace kg::cli {

struct NeighborsCliOptions {
    QueryInput input;
    std::string name;
    std::vector<std::string> edges;  ///< relation types to follow
    std::size_t depth = 1;
    std::string direction = "both";
};

ExitCode run_neighbors(const NeighborsCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
