#include "cli/cmd_export.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <filesystem>

#include "cli/common.hpp"
#include "cli/query_common.hpp"
#include "export/format.hpp"
#include "export/subgraph.hpp"
#include "graph/lookup.hpp"

extern char** environ;

namespace kg::cli {
namespace {

/// Runs Graphviz `dot -T<format> DOT -o OUT` (no shell, so file names need no quoting); a missing
/// Graphviz or a failed render is an ExportError naming the file.
void render_dot(const std::string& dot_file, const std::string& format, const std::string& out) {
    const std::string flag = "-T" + format;
    const char* argv[] = {"dot", flag.c_str(), dot_file.c_str(), "-o", out.c_str(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "dot", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
        throw ExportError("KG-E415", out +
                                         ": cannot run Graphviz 'dot' for --render (apt-get "
                                         "install graphviz).");
    int status = 0;
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::error_code ec;
        std::filesystem::remove(out, ec);
        throw ExportError("KG-E416", out + ": Graphviz 'dot " + flag + "' failed on " + dot_file +
                                         (WIFEXITED(status) && WEXITSTATUS(status) == 127
                                              ? " (dot not found: apt-get install graphviz)."
                                              : "."));
    }
}

}  // namespace

ExitCode run_export(const ExportCliOptions& opts, std::ostream& out) {
    const auto ontology = load_ontology(opts.ontology_dir);
    const KnowledgeGraph whole = exporters::read_graph_file(opts.input, ontology);
    QueryInput window;
    window.since = opts.since;
    window.until = opts.until;
    exporters::SubgraphSpec spec;
    spec.facts = time_filter(window);
    spec.facts.relations = relation_types(whole, opts.edges);
    spec.types = entity_types(whole, opts.types);
    if (!opts.around.empty()) spec.around = resolve_name(whole, opts.around);
    spec.depth = opts.depth;
    const KnowledgeGraph kg = exporters::select_subgraph(whole, spec);
    for (const auto& output : opts.outputs) {
        exporters::write_graph_file(kg, output);
        const auto& format = exporters::format_for_path(output);
        if (!opts.quiet) out << "wrote " << output << " (" << format.name() << ")\n";
        if (!opts.render.empty() && format.name() == "dot") {
            const std::string drawn =
                std::filesystem::path(output).replace_extension(opts.render).string();
            render_dot(output, opts.render, drawn);
            if (!opts.quiet) out << "wrote " << drawn << " (" << opts.render << ", Graphviz)\n";
        }
    }
    return ExitCode::ok;
}

}  // namespace kg::cli
