#pragma once
// The exit codes of kgraph (documented in README.md) and the mapping from kgraph's exception
// hierarchy (util/error.hpp) to them.
#include <exception>

#include "util/error.hpp"

namespace kg::cli {

enum class ExitCode : int {
    ok = 0,               ///< everything read and written
    inputs_skipped = 1,   ///< a graph was written, but some articles were skipped
    below_threshold = 1,  ///< kgraph eval: a --min-node-f1 / --min-edge-f1 was not met
    usage = 2,            ///< bad command line (unknown option, unknown output format, ...)
    bad_input = 3,        ///< an input, manifest, graph file or ontology file cannot be used
    output_error = 4,     ///< an output file cannot be written
    internal = 5,         ///< a bug or resource failure: anything else
};

/// The exit code for an exception that escaped a command. QueryError is a usage error: the
/// command line named something the graph does not have.
inline ExitCode exit_code_for(const std::exception& e) noexcept {
    if (dynamic_cast<const InputError*>(&e) != nullptr) return ExitCode::bad_input;
    if (dynamic_cast<const OntologyError*>(&e) != nullptr) return ExitCode::bad_input;
    if (dynamic_cast<const ExportError*>(&e) != nullptr) return ExitCode::output_error;
    if (dynamic_cast<const QueryError*>(&e) != nullptr) return ExitCode::usage;
    return ExitCode::internal;
}

/// `code` as the int main() returns.
constexpr int to_int(ExitCode code) noexcept { return static_cast<int>(code); }

}  // namespace kg::cli
