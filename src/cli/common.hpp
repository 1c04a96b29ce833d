#pragma once
// Pieces every subcommand shares: the --ontology option, loading the ontology, the validator for
// output file names, and printing library diagnostics.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "extract/corpus_builder.hpp"
#include "graph/ontology.hpp"

namespace kg::cli {

/// Loads the ontology from `dir`, or from kg::default_ontology_dir() when `dir` is empty
/// (KGRAPH_ONTOLOGY, else the source tree's ontology/). Throws kg::OntologyError naming the file.
std::shared_ptr<const Ontology> load_ontology(const std::string& dir);

/// One line naming every format: ".graphml: GraphML for Gephi ...; .jsonld: ...; ...".
std::string describe_formats();

/// Prints each diagnostic once, as "kgraph: warning: <input>: <message>": the message itself
/// says whether the article was skipped.
void print_diagnostics(std::ostream& err, const std::vector<extract::Diagnostic>& diagnostics);

/// `text` on one line: newlines and tabs become spaces (error messages are one line).
std::string one_line(std::string text);

}  // namespace kg::cli
