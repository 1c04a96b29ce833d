#pragma once
// `kgraph show GRAPH NAME`: a card for one entity, every edge with its evidence.
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

ExitCode run_show(const ShowCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
