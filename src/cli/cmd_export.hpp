#pragma once
// `kgraph export GRAPH -o FILE...`: converts a graph kgraph wrote into other formats.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"

namespace kg::cli {

struct ExportCliOptions {
    std::string input;                 ///< a GraphML or JSON-LD file written by kgraph
    std::vector<std::string> outputs;  ///< files to write; the format comes from the extension
    std::string ontology_dir;          ///< empty: kg::default_ontology_dir()
    bool quiet = false;                ///< do not list the files written
    // The subgraph to write (all empty: the whole graph).
    std::vector<std::string> types;  ///< --type: entity types to keep
    std::vector<std::string> edges;  ///< --edge: relation types to keep
    std::string around;              ///< --around: an entity name; keep its neighbourhood
    std::size_t depth = 1;           ///< --depth: hops from --around
    std::string since, until;        ///< --since/--until: facts with evidence dated inside
    std::string render;              ///< --render svg|png: draw each DOT output with Graphviz
};

/// Runs `kgraph export`: reads the graph, writes every output, lists them on `out`.
/// Throws kg::InputError when the graph cannot be read, kg::ExportError when an output fails.
ExitCode run_export(const ExportCliOptions& opts, std::ostream& out);

}  // namespace kg::cli
