#pragma once
// What build, merge, add and remove share once a graph is assembled: writing every -o file and
// the summary of articles, counts and files written.
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "extract/corpus_builder.hpp"
#include "extract/facts_file.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::cli {

/// "812 B", "3.4 KiB", "12.0 MiB".
std::string human_size(std::uintmax_t bytes);

/// Writes `kg` to each of `outputs` (format by extension, atomically) and returns one
/// "FILE (Format, SIZE)" line per file.
std::vector<std::string> write_outputs(const KnowledgeGraph& kg,
                                       const std::vector<std::string>& outputs);

/// The facts header for facts extracted with `ontology` and the user gazetteers `gazetteers`
/// (stored as absolute paths, so add/remove find them from any folder).
extract::FactsHeader facts_header(const Ontology& ontology,
                                  const std::vector<std::string>& gazetteers);

/// Throws kg::InputError when `header` was written with another ontology version than
/// `ontology`: facts extracted with other rules would not give the graph a rebuild gives.
void check_facts_ontology(const std::string& file, const extract::FactsHeader& header,
                          const Ontology& ontology);

/// Prints "articles: N read (SIZE), M skipped", the graph's counts and "wrote ..." lines.
void print_summary(std::ostream& out, const extract::BuildReport& report, const KnowledgeGraph& kg,
                   const std::vector<std::string>& written);

}  // namespace kg::cli
