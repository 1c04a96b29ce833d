#pragma once
// `kgraph timeline GRAPH OFFICE`: who held an office, when, and who succeeded whom.
#include <ostream>
#include <string>

#include "cli/exit_codes.hpp"
#include "cli/query_common.hpp"

namespace kg::cli {

struct TimelineCliOptions {
    QueryInput input;
    std::string office;
};

ExitCode run_timeline(const TimelineCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
