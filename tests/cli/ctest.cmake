# CLI smoke tests: run the kgraph binary and check exit code, output and files (expect.cmake).
# Included from tests/CMakeLists.txt after kg_tests is defined.

# test_cli.cpp (listed in tests/cli/tests.cmake) drives the subcommands in-process.
target_link_libraries(kg_tests PRIVATE kg::cli)

set(KG_CLI_DIR ${CMAKE_CURRENT_SOURCE_DIR}/cli)
set(KG_CLI_WORK ${CMAKE_CURRENT_BINARY_DIR}/cli-work)
set(KG_EXAMPLES ${PROJECT_SOURCE_DIR}/examples/corpus)
file(MAKE_DIRECTORY ${KG_CLI_WORK})

# kg_cli_test(NAME EXIT code [STDOUT regex] [STDERR regex] [STDERR_LINES n] [FILES f...]
#             [NO_FILES f...] [FIXTURES_SETUP x] [FIXTURES_REQUIRED x] ARGS kgraph-args...)
function(kg_cli_test name)
  cmake_parse_arguments(T "" "EXIT;STDOUT;STDERR;STDERR_LINES;FIXTURES_SETUP;FIXTURES_REQUIRED"
                        "FILES;NO_FILES;ARGS" ${ARGN})
  set(defs -DEXIT=${T_EXIT})
  if(DEFINED T_STDERR_LINES)
    list(APPEND defs "-DSTDERR_LINES=${T_STDERR_LINES}")
  endif()
  if(DEFINED T_STDOUT)
    list(APPEND defs "-DSTDOUT=${T_STDOUT}")
  endif()
  if(DEFINED T_STDERR)
    list(APPEND defs "-DSTDERR=${T_STDERR}")
  endif()
  if(T_FILES)
    string(REPLACE ";" "|" files "${T_FILES}")
    list(APPEND defs "-DFILES=${files}")
  endif()
  if(T_NO_FILES)
    string(REPLACE ";" "|" no_files "${T_NO_FILES}")
    list(APPEND defs "-DNO_FILES=${no_files}")
  endif()
  add_test(NAME ${name}
           COMMAND ${CMAKE_COMMAND} ${defs} -P ${KG_CLI_DIR}/expect.cmake -- $<TARGET_FILE:kgraph>
                   ${T_ARGS}
           WORKING_DIRECTORY ${KG_CLI_WORK})
  set_tests_properties(${name} PROPERTIES LABELS cli TIMEOUT 60)
  if(T_FIXTURES_SETUP)
    set_tests_properties(${name} PROPERTIES FIXTURES_SETUP ${T_FIXTURES_SETUP})
  endif()
  if(T_FIXTURES_REQUIRED)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED ${T_FIXTURES_REQUIRED})
  endif()
endfunction()

# Usage and help.
add_test(NAME cli_no_subcommand_prints_usage COMMAND kgraph)
set_tests_properties(cli_no_subcommand_prints_usage PROPERTIES
  PASS_REGULAR_EXPRESSION "Usage:.*build.*export.*stats.*path.*centrality.*neighbors.*show.*timeline"
  LABELS cli)
kg_cli_test(cli_no_subcommand_exits_2 EXIT 2 STDERR "Usage:")
kg_cli_test(cli_version EXIT 0 STDOUT "^kgraph [0-9]+\\.[0-9]+\\.[0-9]+" ARGS --version)
kg_cli_test(cli_help EXIT 0 STDOUT "Exit codes:.*Examples:.*kgraph build" ARGS --help)
kg_cli_test(cli_build_help_has_example EXIT 0
  STDOUT "Formats:.*\\.graphml.*\\.jsonld.*\\.dot.*Examples:.*kgraph build .* -o " ARGS build --help)
kg_cli_test(cli_export_help_has_example EXIT 0 STDOUT "Examples:.*kgraph export .* -o " ARGS export --help)
kg_cli_test(cli_stats_help_has_example EXIT 0 STDOUT "Examples:.*kgraph stats " ARGS stats --help)
foreach(query path centrality neighbors show timeline)
  kg_cli_test(cli_${query}_help_has_example EXIT 0
    STDOUT "Usage: kgraph ${query} .*GRAPH.*--since.*--json.*Examples:.*kgraph ${query} .*docs/queries\\.md"
    ARGS ${query} --help)
endforeach()
kg_cli_test(cli_unknown_option EXIT 2 STDERR "^kgraph: error: .*--bogus.*kgraph build --help"
  ARGS build ${KG_EXAMPLES} -o x.graphml --bogus)
kg_cli_test(cli_build_needs_output EXIT 2 STDERR "^kgraph: error: .*output" ARGS build ${KG_EXAMPLES})

# Bad input and bad output names.
kg_cli_test(cli_build_missing_input EXIT 3 STDERR "^kgraph: error: .*no-such-folder"
  NO_FILES ${KG_CLI_WORK}/missing.graphml
  ARGS build no-such-folder -o missing.graphml)
kg_cli_test(cli_build_unknown_extension EXIT 2
  STDERR "^kgraph: error: .*graph\\.txt.*\\.graphml.*\\.jsonld.*\\.dot"
  NO_FILES ${KG_CLI_WORK}/graph.txt ${KG_CLI_WORK}/ok.graphml
  ARGS build ${KG_EXAMPLES} -o ok.graphml -o graph.txt)
kg_cli_test(cli_build_unwritable_output EXIT 4 STDERR "^kgraph: error: .*no-such-dir"
  ARGS build ${KG_EXAMPLES} -o no-such-dir/g.graphml)
kg_cli_test(cli_stats_missing_graph EXIT 3 STDERR "^kgraph: error: .*absent\\.graphml" ARGS stats absent.graphml)

add_test(NAME cli_make_bad_inputs COMMAND ${KG_CLI_DIR}/make_bad_inputs.sh ${KG_CLI_WORK}/bad)
set_tests_properties(cli_make_bad_inputs PROPERTIES FIXTURES_SETUP cli_bad_inputs LABELS cli)
kg_cli_test(cli_build_skips_bad_articles EXIT 1
  STDERR "empty\\.txt.*binary\\.txt|binary\\.txt.*empty\\.txt"
  STDOUT "articles: 1 read.*2 skipped"
  FILES ${KG_CLI_WORK}/mixed.graphml
  FIXTURES_REQUIRED cli_bad_inputs
  ARGS build bad/mixed-corpus -o mixed.graphml)
kg_cli_test(cli_stats_broken_graphml EXIT 3 STDERR "^kgraph: error: .*broken\\.graphml"
  FIXTURES_REQUIRED cli_bad_inputs ARGS stats bad/broken.graphml)
kg_cli_test(cli_export_broken_jsonld EXIT 3 STDERR "^kgraph: error: .*broken\\.jsonld"
  NO_FILES ${KG_CLI_WORK}/from-broken.dot
  FIXTURES_REQUIRED cli_bad_inputs ARGS export bad/broken.jsonld -o from-broken.dot)

# The sample corpus: build all formats, convert, count.
kg_cli_test(cli_build_examples EXIT 0
  STDOUT "articles: 5 read.*nodes: [1-9].*edges: [1-9].*wrote x\\.graphml.*wrote x\\.jsonld.*wrote x\\.dot"
  FILES ${KG_CLI_WORK}/x.graphml ${KG_CLI_WORK}/x.jsonld ${KG_CLI_WORK}/x.dot
  FIXTURES_SETUP cli_examples_graph
  ARGS build ${KG_EXAMPLES} -o x.graphml -o x.jsonld -o x.dot)
kg_cli_test(cli_build_examples_quiet EXIT 0 STDOUT "^$" FILES ${KG_CLI_WORK}/q.graphml
  ARGS build --quiet ${KG_EXAMPLES} -o q.graphml)
kg_cli_test(cli_export_examples EXIT 0 STDOUT "wrote y\\.jsonld" FILES ${KG_CLI_WORK}/y.jsonld
  FIXTURES_REQUIRED cli_examples_graph FIXTURES_SETUP cli_examples_export
  ARGS export x.graphml -o y.jsonld)
kg_cli_test(cli_stats_examples EXIT 0
  STDOUT "documents: 5.*nodes: [1-9].*Person.*edges: [1-9][0-9]* \\([0-9]+ inferred\\).*holds-office"
  FIXTURES_REQUIRED cli_examples_graph ARGS stats x.graphml)
kg_cli_test(cli_stats_examples_json EXIT 0 STDOUT "\"documents\": 5.*\"nodes\".*\"edges\""
  FIXTURES_REQUIRED cli_examples_graph ARGS stats --json x.jsonld)
add_test(NAME cli_export_keeps_counts
         COMMAND ${CMAKE_COMMAND} -DKGRAPH=$<TARGET_FILE:kgraph> -DA=x.graphml -DB=y.jsonld
                 -P ${KG_CLI_DIR}/same_stats.cmake
         WORKING_DIRECTORY ${KG_CLI_WORK})
set_tests_properties(cli_export_keeps_counts PROPERTIES
  FIXTURES_REQUIRED "cli_examples_graph;cli_examples_export" LABELS cli)

# The query subcommands on the sample corpus's graph (x.graphml above), and on the folder itself.
# The patterns name facts the articles state plainly (Lloyd Austin is U.S. Secretary of Defense
# in two of them); the exact answers on a graph built by hand are checked in test_queries.cpp.
# No ';' or brackets in these patterns: CMake splits arguments at ';' and not inside '[...]', so
# '.' stands for them.
kg_cli_test(cli_path_examples EXIT 0
  STDOUT "^2 hops from Lloyd Austin \\(Person\\) to United States \\(Country\\).*--holds-office-->  Secretary of Defense \\(United States\\).*evidence: 01_aukus_defence_ministers_2023\\.txt \\(2023-12-02\\), sentence [0-9]+: \".*Lloyd Austin.*Secretary of Defense \\(United States\\)  --office-of-->  United States.*evidence: [0-9a-z_]+\\.txt \\([0-9-]+\\), sentence [0-9]+: \""
  FIXTURES_REQUIRED cli_examples_graph ARGS path x.graphml "Lloyd Austin" "united states")
kg_cli_test(cli_path_examples_json EXIT 0
  STDOUT "\"query\": \"path\".*\"id\": \"person:lloyd-austin\".*\"length\": 2.*\"relation\": \"holds-office\".*\"direction\": \"forward\".*\"evidence\": ..*\"doc\": \"[0-9a-z_]+\\.txt\".*\"date\": \"20[0-9-]+\".*\"sentence\": [0-9]+.*\"relation\": \"office-of\".*\"evidence\": ..*\"doc\""
  FIXTURES_REQUIRED cli_examples_graph ARGS path x.graphml "Lloyd Austin" "United States" --json)
kg_cli_test(cli_path_none_within_hops EXIT 0
  STDOUT "^No path from Lloyd Austin \\(Person\\) to United States \\(Country\\) within 1 hop\\."
  FIXTURES_REQUIRED cli_examples_graph
  ARGS path x.graphml "Lloyd Austin" "United States" --max-hops 1)
kg_cli_test(cli_path_unknown_name EXIT 2
  STDERR "^kgraph: error: no entity named 'Lloyd Austen'. did you mean: Lloyd Austin \\(Person, id person:lloyd-austin\\)\\? .KG-E411."
  FIXTURES_REQUIRED cli_examples_graph ARGS path x.graphml "Lloyd Austen" "United States")
kg_cli_test(cli_show_part_of_a_name EXIT 2
  STDERR "^kgraph: error: no entity named 'Austin'. did you mean: Lloyd Austin \\(Person"
  FIXTURES_REQUIRED cli_examples_graph ARGS show x.graphml Austin)
kg_cli_test(cli_show_examples EXIT 0
  STDOUT "^Lloyd Austin.*  type: Person.*  id: person:lloyd-austin.*edges \\([1-9][0-9]*\\):.*--holds-office--> Secretary of Defense \\(United States\\) \\(Office\\).*evidence: 01_aukus_defence_ministers_2023\\.txt \\(2023-12-02\\), sentence [0-9]+: .*mentioned in [1-9][0-9]* documents?:.*01_aukus_defence_ministers_2023\\.txt \\(2023-12-02\\), kgraph examples"
  FIXTURES_REQUIRED cli_examples_graph ARGS show x.graphml "lloyd austin")
kg_cli_test(cli_show_examples_json EXIT 0
  STDOUT "\"query\": \"show\".*\"aliases\": ..*\"edges\": ..*\"direction\": \"out\".*\"relation\": \"holds-office\".*\"evidence\": ..*\"mentions\": ..*\"documents\": ..*\"title\": \"AUKUS defence ministers"
  FIXTURES_REQUIRED cli_examples_graph ARGS show x.jsonld "Lloyd Austin" --json)
kg_cli_test(cli_neighbors_examples EXIT 0
  STDOUT "^[1-9][0-9]* neighbour links? of Lloyd Austin \\(Person\\).*  --holds-office--> Secretary of Defense \\(United States\\) \\(Office\\).*    --office-of--> United States \\(Country\\)  \\(via Secretary of Defense \\(United States\\)\\)"
  FIXTURES_REQUIRED cli_examples_graph ARGS neighbors x.graphml "Lloyd Austin" --depth 2)
kg_cli_test(cli_neighbors_examples_json EXIT 0
  STDOUT "\"query\": \"neighbors\".*\"entity\".*\"id\": \"office:secretary-of-defense-united-states\".*\"depth\": 1.*\"relation\": \"holds-office\".*\"direction\": \"out\".*\"from\": \"person:lloyd-austin\""
  FIXTURES_REQUIRED cli_examples_graph
  ARGS neighbors x.graphml "Lloyd Austin" --edge holds-office --json)
kg_cli_test(cli_neighbors_unknown_relation EXIT 2
  STDERR "^kgraph: error: unknown relation type 'chaired' \\(known: holds-office, .*co-chaired"
  FIXTURES_REQUIRED cli_examples_graph ARGS neighbors x.graphml "Lloyd Austin" --edge chaired)
kg_cli_test(cli_centrality_examples EXIT 0
  STDOUT "^pagerank, top 3 of [1-9][0-9]* entities.*  1\\. 0\\.[0-9]+  [^()]+ \\(Person\\).*  2\\. 0\\.[0-9]+  [^()]+ \\(Person\\).*  3\\. "
  FIXTURES_REQUIRED cli_examples_graph ARGS centrality x.graphml -m pagerank --type Person --top 3)
kg_cli_test(cli_centrality_examples_json EXIT 0
  STDOUT "\"query\": \"centrality\".*\"measure\": \"betweenness\".*\"directed\": false.*\"normalized\": true.*\"results\": ..*\"id\": \"[a-z]+:[a-z0-9-]+\".*\"value\": [0-9]"
  FIXTURES_REQUIRED cli_examples_graph
  ARGS centrality x.graphml -m betweenness --undirected --json)
kg_cli_test(cli_centrality_unknown_measure EXIT 2 STDERR "^kgraph: error: .*fame.*kgraph centrality --help"
  FIXTURES_REQUIRED cli_examples_graph ARGS centrality x.graphml -m fame)
kg_cli_test(cli_timeline_examples EXIT 0
  STDOUT "^Secretary of Defense \\(United States\\): [1-9][0-9]* holders? with dated evidence.*  20[0-9][0-9]-[0-9][0-9]-[0-9][0-9].*Lloyd Austin  \\([1-9][0-9]* mentions?\\)"
  FIXTURES_REQUIRED cli_examples_graph
  ARGS timeline x.graphml "Secretary of Defense (United States)")
kg_cli_test(cli_timeline_examples_json EXIT 0
  STDOUT "\"query\": \"timeline\".*\"office\".*\"id\": \"office:secretary-of-defense-united-states\".*\"holders\": ..*\"id\": \"person:lloyd-austin\".*\"from\": \"2023-11-17\".*\"to\": \"2023-12-02\".*\"evidence\": ..*\"successions\": ."
  FIXTURES_REQUIRED cli_examples_graph
  ARGS timeline x.graphml office:secretary-of-defense-united-states --json)
kg_cli_test(cli_timeline_not_an_office EXIT 2
  STDERR "^kgraph: error: 'Lloyd Austin' is a Person, not an Office"
  FIXTURES_REQUIRED cli_examples_graph ARGS timeline x.graphml "Lloyd Austin")
kg_cli_test(cli_query_builds_a_folder EXIT 0
  STDOUT "^2 hops from Lloyd Austin \\(Person\\) to United States \\(Country\\).*evidence: 01_aukus_defence_ministers_2023\\.txt"
  ARGS path ${KG_EXAMPLES} "Lloyd Austin" "United States")
kg_cli_test(cli_query_missing_graph EXIT 3
  STDERR "^kgraph: error: no-such-folder: no such file or folder\\. .KG-E121."
  ARGS show no-such-folder "Lloyd Austin")
kg_cli_test(cli_query_bad_date EXIT 2 STDERR "^kgraph: error: '2023-1' is not an ISO date"
  FIXTURES_REQUIRED cli_examples_graph ARGS show x.graphml "Lloyd Austin" --since 2023-1)
kg_cli_test(cli_query_dot_is_not_readable EXIT 3 STDERR "^kgraph: error: x\\.dot: kgraph cannot read"
  FIXTURES_REQUIRED cli_examples_graph ARGS neighbors x.dot "Lloyd Austin")

# eval: the held-out set is in the repository, so its score is always computable, and it must
# not fall below what the extractor reached (node F1 0.955, edge F1 0.879 when these were set); a
# gold file naming only an entity no sample article has scores 0 and fails a threshold.
set(KG_HELDOUT ${PROJECT_SOURCE_DIR}/tests/data/heldout)
kg_cli_test(cli_eval_heldout EXIT 0
  STDOUT "nodes +tp +fp +fn.*Person.*ALL.*edges.*node F1 0\\.[0-9][0-9][0-9], edge F1 0\\.[0-9]"
  ARGS eval --gold ${KG_HELDOUT}/gold.json ${KG_HELDOUT} --min-node-f1 0.95 --min-edge-f1 0.87)
# heldout2..7 were written by people who had not read the extractor, after it was built, so they
# measure articles kgraph has not seen; heldout4 and heldout7 are never used to develop rules.
# Their floors sit just under the scores of 2026-12-02 and only catch regressions.
# Each entry: set, node F1 floor, edge F1 floor.
foreach(entry heldout2:0.85:0.61 heldout3:0.83:0.54 heldout4:0.78:0.32 heldout5:0.84:0.56
              heldout6:0.84:0.46 heldout7:0.78:0.27)
  string(REPLACE ":" ";" parts ${entry})
  list(GET parts 0 set)
  list(GET parts 1 node_floor)
  list(GET parts 2 edge_floor)
  kg_cli_test(cli_eval_${set} EXIT 0 STDOUT "node F1 0\\.[0-9]+, edge F1 0\\.[0-9]+"
    ARGS eval --gold ${PROJECT_SOURCE_DIR}/tests/data/${set}/gold.json
         ${PROJECT_SOURCE_DIR}/tests/data/${set} --min-node-f1 ${node_floor}
         --min-edge-f1 ${edge_floor})
endforeach()
kg_cli_test(cli_eval_json EXIT 0 STDOUT "\"nodes\": {.*\"f1\".*\"by_type\".*\"edges\""
  FIXTURES_REQUIRED cli_examples_graph
  ARGS eval --json --gold ${KG_CLI_DIR}/data/unmatched-gold.json x.graphml)
kg_cli_test(cli_eval_below_threshold EXIT 1 STDOUT "node F1 0\\.000"
  FIXTURES_REQUIRED cli_examples_graph
  ARGS eval --gold ${KG_CLI_DIR}/data/unmatched-gold.json x.graphml --min-node-f1 0.5)
kg_cli_test(cli_eval_missing_gold EXIT 3 STDERR "no-such-gold\\.json"
  FIXTURES_REQUIRED cli_examples_graph ARGS eval --gold no-such-gold.json x.graphml)
