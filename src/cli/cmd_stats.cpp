#include "cli/cmd_stats.hpp"

#include "cli/common.hpp"
#include "cli/summary.hpp"
#include "export/format.hpp"

namespace kg::cli {

ExitCode run_stats(const StatsCliOptions& opts, std::ostream& out) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const KnowledgeGraph kg = exporters::read_graph_file(opts.input, ontology);
    const GraphCounts counts = count_graph(kg);
    if (opts.json) {
        out << counts_to_json(counts);
    } else {
        out << "graph: " << opts.input << '\n';
        print_counts(out, counts);
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
