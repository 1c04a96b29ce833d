#pragma once
// `kgraph extract INPUT... -o FILE [--shard K/N]`: the map step of a sharded build, articles in,
// per-document facts out (a facts file that `kgraph merge` assembles).
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "cli/exit_codes.hpp"

namespace kg::cli {

struct ExtractCliOptions {
    std::vector<std::string> inputs;
    std::string output;  ///< the facts file
    std::string shard;   ///< "K/N": only the K-th (1-based) of N parts of the listed articles
    std::string ontology_dir;
    std::vector<std::string> gazetteers;
    unsigned jobs = 0;
    bool quiet = false;
    bool repair_utf8 = false;  ///< --repair-utf8: repair bad UTF-8 instead of skipping
};

/// Reads "K/N" with 1 <= K <= N into `k` and `n`; false when `text` is not of that form.
bool parse_shard(const std::string& text, std::size_t& k, std::size_t& n);

/// Extracts the (shard of the) corpus and writes its facts. ExitCode::inputs_skipped when some
/// articles were skipped. Throws kg::Error on unusable input or output.
ExitCode run_extract(const ExtractCliOptions& opts, std::ostream& out, std::ostream& err);

}  // namespace kg::cli
