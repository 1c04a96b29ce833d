#pragma once
// `kgraph neighbors GRAPH NAME`: the entities around one entity.
#include <CLI/CLI.hpp>
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

CLI::App* setup_neighbors(CLI::App& app, NeighborsCliOptions& opts);
ExitCode run_neighbors(const NeighborsCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
