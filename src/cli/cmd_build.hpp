#pragma once
// `kgraph build INPUT... -o FILE...`: articles in, graph files out.
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"

namespace kg::cli {

struct BuildCliOptions {
    std::vector<std::string> inputs;      ///< folders of .txt articles, or single .txt files
    std::vector<std::string> outputs;     ///< graph files; the format comes from the extension
    std::string ontology_dir;             ///< empty: kg::default_ontology_dir()
    std::vector<std::string> gazetteers;  ///< extra user gazetteer files
    bool quiet = false;                   ///< no summary, no progress (diagnostics still shown)
    std::string facts;                    ///< also write the per-document facts here
    unsigned jobs = 0;                    ///< extraction threads; 0 = hardware threads
    bool repair_utf8 = false;             ///< --repair-utf8: repair bad UTF-8 instead of skipping
};

/// Runs `kgraph build`: extracts a graph from the inputs, writes every output, prints skipped
/// articles and warnings on `err` and the summary on `out`. Returns ExitCode::inputs_skipped when
/// some articles were skipped, else ExitCode::ok. Throws kg::Error on unusable input or output.
ExitCode run_build(const BuildCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
