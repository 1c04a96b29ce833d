#pragma once
// Pieces every subcommand shares: the --ontology option, loading the ontology, the validator for
// output file names, and printing library diagnostics.
#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "extract/corpus_builder.hpp"
#include "graph/ontology.hpp"

namespace kg::cli {

/// Adds `--ontology DIR` to `cmd`, stored in `dir`.
void add_ontology_option(CLI::App& cmd, std::string& dir);

/// Adds `-j,--jobs N` (extraction threads; 0 or absent = one per hardware thread) to `cmd`.
void add_jobs_option(CLI::App& cmd, unsigned& jobs);

/// Loads the ontology from `dir`, or from kg::default_ontology_dir() when `dir` is empty
/// (KGRAPH_ONTOLOGY, else the source tree's ontology/). Throws kg::OntologyError naming the file.
std::shared_ptr<const Ontology> load_ontology(const std::string& dir);

/// Accepts an output file name whose extension names a known format; otherwise the message lists
/// the known formats. Used on -o so an unknown extension is a usage error before any work.
CLI::Validator graph_output_validator();

/// One line naming every format: ".graphml: GraphML for Gephi ...; .jsonld: ...; ...".
std::string describe_formats();

/// Prints each diagnostic once, as "kgraph: warning: <input>: <message>": the message itself
/// says whether the article was skipped.
void print_diagnostics(std::ostream& err, const std::vector<extract::Diagnostic>& diagnostics);

/// `text` on one line: newlines and tabs become spaces (error messages are one line).
std::string one_line(std::string text);

}  // namespace kg::cli
