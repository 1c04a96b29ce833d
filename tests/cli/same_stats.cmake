# Fails unless `kgraph stats --json` gives the same counts for graph files A and B.
# usage: cmake -DKGRAPH=<path> -DA=<file> -DB=<file> -P same_stats.cmake
foreach(f A B)
  execute_process(COMMAND ${KGRAPH} stats --json ${${f}} RESULT_VARIABLE rc OUTPUT_VARIABLE json_${f}
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "kgraph stats --json ${${f}} failed (exit ${rc}): ${err}")
  endif()
endforeach()
message("${A}: ${json_A}\n${B}: ${json_B}")
if(NOT json_A STREQUAL json_B)
  message(FATAL_ERROR "${A} and ${B} hold different counts")
endif()
