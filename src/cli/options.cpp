#include "cli/options.hpp"

#include <CLI/CLI.hpp>

#include "cli/common.hpp"
#include "cli/query_common.hpp"
#include "export/format.hpp"
#include "util/error.hpp"

namespace kg::cli {
namespace {

void add_ontology_option(CLI::App& cmd, std::string& dir) {
    cmd.add_option("--ontology", dir,
                   "Ontology folder (types.json, relations.json, gazetteers/, rules/); default: "
                   "$KGRAPH_ONTOLOGY, else the ontology/ folder of the source tree")
        ->type_name("DIR");
}

void add_repair_option(CLI::App& cmd, bool& repair) {
    cmd.add_flag("--repair-utf8", repair,
                 "Read an article with invalid UTF-8 with each bad byte replaced by '?' (spans "
                 "still point into the file), with a warning, instead of skipping it");
}

void add_jobs_option(CLI::App& cmd, unsigned& jobs) {
    cmd.add_option("-j,--jobs", jobs,
                   "Extract articles on N threads (default: one per hardware thread); the graph "
                   "is the same for every N")
        ->type_name("N")
        ->check(CLI::Range(0u, 1024u));
}

CLI::Validator graph_output_validator() {
    return CLI::Validator(
        [](std::string& value) -> std::string {
            try {
                exporters::format_for_path(value);
                return {};
            } catch (const Error&) {
                // Our own message, so that it always lists every format the registry has.
                return "'" + value + "' does not end in a known graph format extension; known: " +
                       describe_formats();
            }
        },
        "", "GRAPH_FORMAT");
}

void add_query_input(CLI::App& cmd, QueryInput& in) {
    cmd.add_option("graph", in.graph,
                   "Graph file kgraph wrote (.graphml, .jsonld), or a folder of articles to build "
                   "on the fly")
        ->required()
        ->type_name("GRAPH");
    add_ontology_option(cmd, in.ontology_dir);
    cmd.add_option("--since", in.since,
                   "Only facts with evidence dated on or after this ISO date (2023-01-31, 2023)")
        ->type_name("DATE");
    cmd.add_option("--until", in.until, "Only facts with evidence dated on or before this ISO date")
        ->type_name("DATE");
    cmd.add_option("--as-of", in.as_of, "The graph as known on this date (same as --until)")
        ->type_name("DATE");
    cmd.add_flag("--json", in.json, "Print one JSON object (schema: docs/queries.md)");
}

void add_evidence_option(CLI::App& cmd, std::size_t& limit) {
    cmd.add_option("--evidence", limit,
                   "Evidence sentences to print per fact (0: all); --json always lists all")
        ->capture_default_str()
        ->type_name("N");
}

void add_common(CLI::App& cmd, UpdateCliOptions& opts) {
    cmd.add_option("-o,--output", opts.outputs,
                   "Also write the updated graph to FILE (format from the extension); repeatable")
        ->type_name("FILE")
        ->check(graph_output_validator());
    cmd.add_option("--facts", opts.facts,
                   "The graph's facts store (written by 'kgraph build --facts'); default: GRAPH "
                   "+ '.facts'")
        ->type_name("FILE");
    add_ontology_option(cmd, opts.ontology_dir);
    cmd.add_flag("-q,--quiet", opts.quiet, "Print no summary and no progress; only problems");
}

}  // namespace

CLI::App* setup_build(CLI::App& app, BuildCliOptions& opts) {
    auto* cmd =
        app.add_subcommand("build", "Extract a knowledge graph from news articles and write it");
    cmd->add_option("inputs", opts.inputs,
                    "Folders of .txt articles (with an optional manifest.json giving each file's "
                    "date, source and title) or single .txt files")
        ->required()
        ->type_name("INPUT");
    cmd->add_option("-o,--output", opts.outputs,
                    "Graph file to write; the format comes from the extension; repeat for "
                    "several formats")
        ->required()
        ->type_name("FILE")
        ->check(graph_output_validator());
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_option(
           "--gazetteer", opts.gazetteers,
           "Extra names to recognise, one per line: Type<TAB>canonical name<TAB>alias|alias "
           "(see ontology/README.md); repeatable")
        ->type_name("FILE")
        ->check(CLI::ExistingFile.description(""));  // keeps the help at "FILE ..."
    cmd->add_option("--facts", opts.facts,
                    "Also keep the per-document facts in FILE (JSON Lines), so that 'kgraph add' "
                    "and 'kgraph remove' can update the graph without extracting every article "
                    "again; by their convention FILE is the graph file's name + '.facts'")
        ->type_name("FILE");
    add_jobs_option(*cmd, opts.jobs);
    add_repair_option(*cmd, opts.repair_utf8);
    cmd->add_flag("-q,--quiet", opts.quiet, "Print no summary and no progress; only problems");
    cmd->footer([] {
        return "Formats: " + describe_formats() +
               "\n\nThe summary goes to stdout; skipped articles, warnings and errors go to stderr."
               "\nExit code 1 means a graph was written but some articles were skipped."
               "\n\nExamples:"
               "\n  kgraph build examples/corpus -o out/graph.graphml"
               "\n  kgraph build articles/ extra/note.txt -o g.graphml -o g.jsonld -o g.dot"
               "\n  kgraph build -j 1 articles/ -o g.graphml   # one extraction thread";
    });
    return cmd;
}

CLI::App* setup_extract(CLI::App& app, ExtractCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "extract", "Extract the facts of articles into a facts file, for 'kgraph merge'");
    cmd->add_option("inputs", opts.inputs, "Folders of .txt articles or single .txt files")
        ->required()
        ->type_name("INPUT");
    cmd->add_option("-o,--output", opts.output, "Facts file to write (JSON Lines)")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--shard", opts.shard,
                    "Only the K-th of N equal parts of the listed articles (1 <= K <= N); the N "
                    "files merged in order K = 1..N give the graph of the whole corpus")
        ->type_name("K/N")
        ->check(CLI::Validator(
            [](std::string& v) {
                std::size_t k = 0, n = 0;
                return parse_shard(v, k, n) ? std::string()
                                            : "'" + v + "' is not K/N with 1 <= K <= N, e.g. 2/8";
            },
            ""));
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_option("--gazetteer", opts.gazetteers, "Extra names to recognise (as for build)")
        ->type_name("FILE")
        ->check(CLI::ExistingFile.description(""));
    add_jobs_option(*cmd, opts.jobs);
    add_repair_option(*cmd, opts.repair_utf8);
    cmd->add_flag("-q,--quiet", opts.quiet, "Print no summary and no progress; only problems");
    cmd->footer(
        "Examples:"
        "\n  kgraph extract articles/ -o articles.facts"
        "\n  parallel kgraph extract articles/ --shard {}/4 -o shard{}.facts ::: 1 2 3 4"
        "\n  kgraph merge shard1.facts shard2.facts shard3.facts shard4.facts -o g.graphml");
    return cmd;
}

CLI::App* setup_merge(CLI::App& app, MergeCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "merge", "Assemble facts files (from 'kgraph extract') into the graph one build gives");
    cmd->add_option("inputs", opts.inputs,
                    "Facts files, in the order their articles come in the corpus")
        ->required()
        ->type_name("FACTS");
    cmd->add_option("-o,--output", opts.outputs,
                    "Graph file to write; the format comes from the extension; repeatable")
        ->required()
        ->type_name("FILE")
        ->check(graph_output_validator());
    cmd->add_option("--facts", opts.facts,
                    "Also write the combined facts to FILE (for 'kgraph add' and 'kgraph remove')")
        ->type_name("FILE");
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_flag("-q,--quiet", opts.quiet, "Print no summary");
    cmd->footer(
        "Examples:"
        "\n  parallel kgraph extract articles/ --shard {}/4 -o shard{}.facts ::: 1 2 3 4"
        "\n  kgraph merge shard1.facts shard2.facts shard3.facts shard4.facts -o g.graphml");
    return cmd;
}

CLI::App* setup_add(CLI::App& app, UpdateCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "add", "Add articles to a graph built with --facts, as a full rebuild would give it");
    cmd->add_option("graph", opts.graph, "Graph file to update (GraphML or JSON-LD)")
        ->required()
        ->type_name("GRAPH");
    cmd->add_option("inputs", opts.items, "Folders of .txt articles or single .txt files to add")
        ->required()
        ->type_name("INPUT");
    add_common(*cmd, opts);
    add_jobs_option(*cmd, opts.jobs);
    add_repair_option(*cmd, opts.repair_utf8);
    cmd->footer(
        "The result equals 'kgraph build OLD-INPUTS... INPUT... -o GRAPH'.\n\nExamples:"
        "\n  kgraph build articles/ -o g.graphml --facts g.graphml.facts"
        "\n  kgraph add g.graphml new-articles/");
    return cmd;
}

CLI::App* setup_remove(CLI::App& app, UpdateCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "remove", "Remove documents from a graph built with --facts, as a rebuild without them");
    cmd->add_option("graph", opts.graph, "Graph file to update (GraphML or JSON-LD)")
        ->required()
        ->type_name("GRAPH");
    cmd->add_option("documents", opts.items,
                    "Document file names as the graph lists them (e.g. 2023-11-09-seoul.txt)")
        ->required()
        ->type_name("DOC");
    add_common(*cmd, opts);
    cmd->footer("Example:\n  kgraph remove g.graphml 000_6e7470e6c07f2ad8.txt");
    return cmd;
}

CLI::App* setup_export(CLI::App& app, ExportCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "export", "Convert a graph kgraph wrote (GraphML, GEXF or JSON-LD) into other formats");
    cmd->add_option("graph", opts.input,
                    "GraphML (.graphml), GEXF (.gexf) or JSON-LD (.jsonld) file kgraph wrote")
        ->required()
        ->type_name("GRAPH");
    cmd->add_option("-o,--output", opts.outputs,
                    "File to write; the format comes from the extension; repeat for several")
        ->required()
        ->type_name("FILE")
        ->check(graph_output_validator());
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_flag("-q,--quiet", opts.quiet, "Do not list the files written");
    cmd->add_option("--type", opts.types, "Keep only entities of these types (Person,Meeting,...)")
        ->delimiter(',')
        ->type_name("TYPE,...");
    cmd->add_option("--edge", opts.edges, "Keep only relations of these types (co-chaired,...)")
        ->delimiter(',')
        ->type_name("RELATION,...");
    cmd->add_option("--around", opts.around,
                    "Keep only the entities within --depth hops of this one (id, name or alias)")
        ->type_name("NAME");
    cmd->add_option("--depth", opts.depth, "Hops from --around (default 1)")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{0}, std::size_t{1000}));
    cmd->add_option("--render", opts.render,
                    "Also draw each .dot/.gv output as FILE.svg or FILE.png with Graphviz")
        ->type_name("svg|png")
        ->check(CLI::IsMember({"svg", "png"}));
    cmd->add_option("--since", opts.since, "Keep only facts with evidence dated on or after DATE")
        ->type_name("DATE");
    cmd->add_option("--until", opts.until, "Keep only facts with evidence dated on or before DATE")
        ->type_name("DATE");
    cmd->footer([] {
        return "Formats: " + describe_formats() +
               "\n\nExamples:"
               "\n  kgraph export out/graph.graphml -o out/graph.dot"
               "\n  kgraph export out/graph.jsonld -o copy.graphml -o copy.dot"
               "\n  kgraph export out/graph.graphml --around \"Lloyd Austin\" --depth 2 -o "
               "austin.gexf"
               "\n  kgraph export out/graph.graphml --type Person,Meeting --edge co-chaired -o "
               "chairs.dot"
               "\n  kgraph export out/graph.graphml --since 2023-01-01 --until 2023-12-31 -o "
               "2023.gexf"
               "\n\nWith a filter, the file holds the selected entities and the selected edges "
               "between"
               "\nthem; with --since/--until, only the facts and the evidence dated inside.";
    });
    return cmd;
}

CLI::App* setup_stats(CLI::App& app, StatsCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "stats",
        "Count the documents, nodes and edges (by type, and inferred edges) of a graph file");
    cmd->add_option("graph", opts.input,
                    "GraphML (.graphml) or JSON-LD (.jsonld) file kgraph wrote")
        ->required()
        ->type_name("GRAPH");
    add_ontology_option(*cmd, opts.ontology_dir);
    cmd->add_flag("--json", opts.json, "Print the counts as one JSON object");
    cmd->footer(
        "Examples:"
        "\n  kgraph stats out/graph.graphml"
        "\n  kgraph stats --json out/graph.jsonld");
    return cmd;
}

CLI::App* setup_path(CLI::App& app, PathCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "path", "Show how two entities are connected, with the evidence for each hop");
    add_query_input(*cmd, opts.input);
    cmd->add_option("from", opts.from,
                    "Start entity: id, name or alias (case, accents and hyphens ignored)")
        ->required();
    cmd->add_option("to", opts.to, "End entity")->required();
    cmd->add_option("--max-hops", opts.max_hops, "Longest path to look for (0: no limit)");
    cmd->add_option("--via", opts.via, "Only these relation types (repeat or comma-separate)")
        ->delimiter(',');
    cmd->add_option("--avoid", opts.avoid, "Entity types or entities not to pass through")
        ->delimiter(',');
    auto* all = cmd->add_flag("--all", opts.all, "Every shortest path, not just one");
    cmd->add_option("-k", opts.k, "The k shortest simple paths")->excludes(all);
    cmd->add_flag("--directed", opts.directed, "Follow edges only from head to tail");
    add_evidence_option(*cmd, opts.evidence);
    cmd->footer(query_footer(
        "Hops may walk an edge backwards (two people who attended one meeting are connected);\n"
        "each hop shows the relation, its direction and the sentences it was read from\n"
        "(--evidence N per hop). No path is an answer: it is said, and the exit code is 0.\n\n"
        "Examples:\n"
        "  kgraph path out/graph.graphml \"Minoru Kihara\" \"Pete Hegseth\"\n"
        "  kgraph path out/graph.graphml person:minoru-kihara person:pete-hegseth -k 3\n"
        "  kgraph path examples/corpus \"Lloyd Austin\" \"Joe Biden\" --json"));
    return cmd;
}

CLI::App* setup_centrality(CLI::App& app, CentralityCliOptions& opts) {
    auto* cmd = app.add_subcommand("centrality",
                                   "Rank entities by a centrality measure (NetworkX definitions)");
    add_query_input(*cmd, opts.input);
    cmd->add_option("--measure,-m", opts.measure, "Measure to compute")
        ->check(CLI::IsMember({"degree", "in-degree", "out-degree", "betweenness", "closeness",
                               "pagerank", "eigenvector"}))
        ->capture_default_str();
    cmd->add_option("--type", opts.types,
                    "Only list entities of these types (the measure uses the whole graph)")
        ->delimiter(',');
    cmd->add_option("--top", opts.top, "How many to list (0: all)")->capture_default_str();
    cmd->add_option("--sample", opts.sample,
                    "Betweenness from this many sampled sources (large graphs)");
    cmd->add_option("--seed", opts.seed, "Seed for --sample")->capture_default_str();
    cmd->add_flag("--undirected", opts.undirected,
                  "Treat every edge as undirected (as NetworkX's to_undirected())");
    cmd->add_flag("--raw", opts.raw, "Betweenness without normalisation");
    cmd->add_option("--threads", opts.threads,
                    "Threads for betweenness and closeness (0: all cores)");
    cmd->footer(query_footer(
        "Definitions follow NetworkX: degree measures are divided by n-1; betweenness by "
        "(n-1)(n-2);\n"
        "closeness is Wasserman-Faust over incoming distances; PageRank alpha 0.85; eigenvector "
        "over\n"
        "in-edges. Edges are directed unless --undirected. Parallel edges count in degree and\n"
        "PageRank, once elsewhere. Values are never NaN. See docs/queries.md.\n\n"
        "Examples:\n"
        "  kgraph centrality out/graph.graphml --measure betweenness --type Person --top 10\n"
        "  kgraph centrality big.graphml -m betweenness --sample 500 --seed 1 --json"));
    return cmd;
}

CLI::App* setup_neighbors(CLI::App& app, NeighborsCliOptions& opts) {
    auto* cmd = app.add_subcommand("neighbors", "List the entities around one entity");
    add_query_input(*cmd, opts.input);
    cmd->add_option("name", opts.name, "Entity: id, name or alias")->required();
    cmd->add_option("--edge", opts.edges,
                    "Only follow these relation types (repeat or comma-separate)")
        ->delimiter(',');
    cmd->add_option("--depth", opts.depth, "How many hops out")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    cmd->add_option("--direction", opts.direction, "out: head to tail; in: tail to head; both")
        ->check(CLI::IsMember({"in", "out", "both"}))
        ->capture_default_str();
    cmd->footer(query_footer(
        "Examples:\n"
        "  kgraph neighbors out/graph.graphml \"Lloyd Austin\"\n"
        "  kgraph neighbors out/graph.graphml \"55th Security Consultative Meeting\" --direction "
        "in --edge co-chaired"));
    return cmd;
}

CLI::App* setup_show(CLI::App& app, ShowCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "show", "Show one entity: type, aliases, attributes, every edge with evidence");
    add_query_input(*cmd, opts.input);
    cmd->add_option("name", opts.name, "Entity: id, name or alias")->required();
    add_evidence_option(*cmd, opts.evidence);
    cmd->footer(query_footer(
        "Examples:\n"
        "  kgraph show out/graph.graphml \"Shin Won-sik\"\n"
        "  kgraph show out/graph.graphml office:secretary-of-defense-united-states --json"));
    return cmd;
}

CLI::App* setup_timeline(CLI::App& app, TimelineCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "timeline", "Who held an office and when, and the successions with their basis");
    add_query_input(*cmd, opts.input);
    cmd->add_option("office", opts.office,
                    "Office: id, name or alias, e.g. \"Secretary of Defense (United States)\"")
        ->required();
    cmd->footer(query_footer(
        "Dates are those of the articles that name each holder: 'from' is the earliest, 'to' the\n"
        "latest; the holder may have served longer than the evidence shows.\n\n"
        "Examples:\n"
        "  kgraph timeline out/graph.graphml \"Minister of National Defense (South Korea)\"\n"
        "  kgraph timeline out/graph.graphml office:president-united-states --as-of 2024-01-01 "
        "--json"));
    return cmd;
}

CLI::App* setup_eval(CLI::App& app, EvalCliOptions& opts) {
    auto* cmd = app.add_subcommand(
        "eval", "Score a graph against a hand-annotated gold file (precision, recall, F1)");
    cmd->add_option("--gold", opts.gold,
                    "gold file in the format of shared/eval (entities, relations, ignore)")
        ->required()
        ->type_name("FILE");
    add_query_input(*cmd, opts.input);
    cmd->add_flag("-v,--verbose", opts.verbose, "List every miss and every false positive");
    cmd->add_option("--min-node-f1", opts.min_node_f1, "Exit 1 when node F1 is below this")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--min-edge-f1", opts.min_edge_f1, "Exit 1 when edge F1 is below this")
        ->check(CLI::Range(0.0, 1.0));
    cmd->footer(
        "Names match as in shared/eval/score.py: case, '.', other punctuation and a leading 'the'"
        "\nare ignored; a node matches a gold entity of its type by label or alias; a second node"
        "\nfor one entity is a false positive; 'ignore' entries count neither way."
        "\n\nExamples:"
        "\n  kgraph eval --gold gold.json out/graph.graphml"
        "\n  kgraph eval --gold gold.json articles/ --verbose"
        "\n  kgraph eval --gold gold.json out/graph.graphml --json --min-edge-f1 0.8");
    return cmd;
}

}  // namespace kg::cli
