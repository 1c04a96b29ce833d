#pragma once
// `kgraph centrality GRAPH --measure M`: who is most central, with NetworkX's definitions.
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"
#include "cli/query_common.hpp"

namespace kg::cli {

struct CentralityCliOptions {
    QueryInput input;
    std::string measure = "degree";
    std::vector<std::string> types;  ///< only list entities of these types
    std::size_t top = 20;            ///< 0: all
    std::size_t sample = 0;
    std::uint64_t seed = 0;
    bool undirected = false;
    bool raw = false;
    unsigned threads = 0;
};

ExitCode run_centrality(const CentralityCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
