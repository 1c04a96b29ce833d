# CLI smoke tests: run the kgraph binary and check exit code, output and files (expect.cmake).
# Included from tests/CMakeLists.txt after kg_tests is defined.

# test_cli.cpp (listed in tests/cli/tests.cmake) drives the subcommands in-process.
target_link_libraries(kg_tests PRIVATE kg::cli)

set(KG_CLI_DIR ${CMAKE_CURRENT_SOURCE_DIR}/cli)
set(KG_CLI_WORK ${CMAKE_CURRENT_BINARY_DIR}/cli-work)
set(KG_EXAMPLES ${PROJECT_SOURCE_DIR}/examples/corpus)
file(MAKE_DIRECTORY ${KG_CLI_WORK})

# kg_cli_test(NAME EXIT code [STDOUT regex] [STDERR regex] [FILES f...] [NO_FILES f...]
#             [FIXTURES_SETUP x] [FIXTURES_REQUIRED x] ARGS kgraph-args...)
function(kg_cli_test name)
  cmake_parse_arguments(T "" "EXIT;STDOUT;STDERR;FIXTURES_SETUP;FIXTURES_REQUIRED"
                        "FILES;NO_FILES;ARGS" ${ARGN})
  set(defs -DEXIT=${T_EXIT})
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
  PASS_REGULAR_EXPRESSION "Usage:.*build.*export.*stats" LABELS cli)
kg_cli_test(cli_no_subcommand_exits_2 EXIT 2 STDERR "Usage:")
kg_cli_test(cli_version EXIT 0 STDOUT "^kgraph [0-9]+\\.[0-9]+\\.[0-9]+" ARGS --version)
kg_cli_test(cli_help EXIT 0 STDOUT "Exit codes:.*Examples:.*kgraph build" ARGS --help)
kg_cli_test(cli_build_help_has_example EXIT 0
  STDOUT "Formats:.*\\.graphml.*\\.jsonld.*\\.dot.*Examples:.*kgraph build .* -o " ARGS build --help)
kg_cli_test(cli_export_help_has_example EXIT 0 STDOUT "Examples:.*kgraph export .* -o " ARGS export --help)
kg_cli_test(cli_stats_help_has_example EXIT 0 STDOUT "Examples:.*kgraph stats " ARGS stats --help)
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
