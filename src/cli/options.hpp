#pragma once
// The command-line grammar: every subcommand's arguments, options, help and validation. It is one
// file because CLI11 2.1 is header-only and costs about 8 s of compile time in each file that
// includes it; the commands themselves (cmd_*.cpp) never see CLI11.
#include "cli/cmd_add.hpp"
#include "cli/cmd_build.hpp"
#include "cli/cmd_centrality.hpp"
#include "cli/cmd_eval.hpp"
#include "cli/cmd_export.hpp"
#include "cli/cmd_extract.hpp"
#include "cli/cmd_merge.hpp"
#include "cli/cmd_neighbors.hpp"
#include "cli/cmd_path.hpp"
#include "cli/cmd_show.hpp"
#include "cli/cmd_stats.hpp"
#include "cli/cmd_timeline.hpp"

namespace CLI {
class App;
}

namespace kg::cli {

// Each adds one subcommand to `app` and returns it; parsing fills `opts`, which must outlive `app`.
CLI::App* setup_build(CLI::App& app, BuildCliOptions& opts);
CLI::App* setup_extract(CLI::App& app, ExtractCliOptions& opts);
CLI::App* setup_merge(CLI::App& app, MergeCliOptions& opts);
CLI::App* setup_add(CLI::App& app, UpdateCliOptions& opts);
CLI::App* setup_remove(CLI::App& app, UpdateCliOptions& opts);
CLI::App* setup_export(CLI::App& app, ExportCliOptions& opts);
CLI::App* setup_stats(CLI::App& app, StatsCliOptions& opts);
CLI::App* setup_path(CLI::App& app, PathCliOptions& opts);
CLI::App* setup_centrality(CLI::App& app, CentralityCliOptions& opts);
CLI::App* setup_neighbors(CLI::App& app, NeighborsCliOptions& opts);
CLI::App* setup_show(CLI::App& app, ShowCliOptions& opts);
CLI::App* setup_timeline(CLI::App& app, TimelineCliOptions& opts);
CLI::App* setup_eval(CLI::App& app, EvalCliOptions& opts);

}  // namespace kg::cli
