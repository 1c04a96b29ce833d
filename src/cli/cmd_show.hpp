#pragma once
// `kgraph show GRAPH NAME`: a card for one entity, every edge with its evidence.
#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

#include "cli/exit_codes.hpp"
#include "cli/query_common.hpp"

namespace kg::cli {

struct ShowCliOptions {
    QueryInput input;
    std::string name;
    std::size_t evidence = 3;  ///< evidence sentences printed per edge (0: all)
};

CLI::App* setup_show(CLI::App& app, ShowCliOptions& opts);
ExitCode run_show(const ShowCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
