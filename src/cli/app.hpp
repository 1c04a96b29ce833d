#pragma once
// The kgraph command line: subcommands, parsing, and the mapping of every failure to one
// "kgraph: error: ..." line and an exit code. main() only forwards to run().
#include <ostream>
#include <string>
#include <vector>

namespace kg::cli {

/// Runs kgraph with `args` (the command line without the program name), writing results to
/// `out` and problems to `err`. Returns the process exit code (cli/exit_codes.hpp); never throws.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) noexcept;

}  // namespace kg::cli
