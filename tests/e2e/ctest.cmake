# End-to-end tests: kgraph over a whole corpus, then real clients on its output (seeds_e2e.sh).
# The seeds live in ../shared (absent in a fresh clone: the test reports "skipped", code 77);
# the sample corpus is in the repository, so every clone runs the same checks on it.
get_filename_component(KG_SHARED_DIR ${PROJECT_SOURCE_DIR}/../shared ABSOLUTE)

add_test(NAME e2e_seeds
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/seeds_e2e.sh $<TARGET_FILE:kgraph>
                 ${KG_SHARED_DIR}/corpus/seeds ${CMAKE_CURRENT_BINARY_DIR}/e2e-seeds ${KG_SHARED_DIR})
add_test(NAME e2e_examples
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/seeds_e2e.sh $<TARGET_FILE:kgraph>
                 ${PROJECT_SOURCE_DIR}/examples/corpus ${CMAKE_CURRENT_BINARY_DIR}/e2e-examples
                 ${KG_SHARED_DIR})
# A hung extraction must fail the run, not stall it.
set_tests_properties(e2e_seeds e2e_examples PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS e2e)

# kgraph centrality --json against NetworkX, every measure, to 1e-9 (check_centrality_nx.py);
# "skipped" (77) when /usr/bin/python3 has no NetworkX or the corpus is absent.
find_program(KG_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(KG_DEBIAN_PYTHON)
  foreach(corpus examples seeds)
    if(corpus STREQUAL "examples")
      set(dir ${PROJECT_SOURCE_DIR}/examples/corpus)
    else()
      set(dir ${KG_SHARED_DIR}/corpus/seeds)
    endif()
    add_test(NAME e2e_centrality_nx_${corpus}
             COMMAND ${KG_DEBIAN_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/check_centrality_nx.py
                     $<TARGET_FILE:kgraph> ${dir} ${CMAKE_CURRENT_BINARY_DIR}/e2e-centrality-${corpus})
    set_tests_properties(e2e_centrality_nx_${corpus} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
                                                                LABELS e2e)
  endforeach()
endif()

# kgraph eval --json against the reference scorer, on the seeds and the held-out set.
foreach(corpus seeds heldout)
  if(corpus STREQUAL "seeds")
    set(dir ${KG_SHARED_DIR}/corpus/seeds)
    set(gold ${KG_SHARED_DIR}/eval/gold-seeds.json)
  else()
    set(dir ${PROJECT_SOURCE_DIR}/tests/data/heldout)
    set(gold ${dir}/gold.json)
  endif()
  add_test(NAME e2e_eval_matches_score_${corpus}
           COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/check_eval_matches_score.py
                   $<TARGET_FILE:kgraph> ${dir} ${gold} ${KG_SHARED_DIR}/eval/score.py
                   ${CMAKE_CURRENT_BINARY_DIR}/e2e-eval-${corpus})
  set_tests_properties(e2e_eval_matches_score_${corpus} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
                                                               LABELS e2e)
endforeach()

# Parallel, incremental and sharded builds give byte-identical files to a plain build
# (scale_e2e.sh), on the sample corpus and on the seeds.
foreach(corpus examples seeds)
  if(corpus STREQUAL "examples")
    set(dir ${PROJECT_SOURCE_DIR}/examples/corpus)
  else()
    set(dir ${KG_SHARED_DIR}/corpus/seeds)
  endif()
  add_test(NAME e2e_scale_${corpus}
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/scale_e2e.sh $<TARGET_FILE:kgraph> ${dir}
                   ${CMAKE_CURRENT_BINARY_DIR}/e2e-scale-${corpus})
  set_tests_properties(e2e_scale_${corpus} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS e2e)
endforeach()

# The benchmark's corpus generator at 0.1 MB, read by kgraph (bench/run itself is not a test).
add_test(NAME e2e_bench_generator_smoke
         COMMAND ${CMAKE_COMMAND} -E env sh -c
                 "rm -rf '${CMAKE_CURRENT_BINARY_DIR}/e2e-bench' && python3 '${PROJECT_SOURCE_DIR}/bench/gen_corpus.py' '${CMAKE_CURRENT_BINARY_DIR}/e2e-bench' --mb 0.1 && '$<TARGET_FILE:kgraph>' build '${CMAKE_CURRENT_BINARY_DIR}/e2e-bench' -o '${CMAKE_CURRENT_BINARY_DIR}/e2e-bench.graphml'")
set_tests_properties(e2e_bench_generator_smoke PROPERTIES LABELS e2e TIMEOUT 120
                     PASS_REGULAR_EXPRESSION "articles: [1-9][0-9]* read.*succeeded +[1-9]")
