# Interop tests: the graph of the shared seeds (else the sample corpus) in every format, each file
# opened by the real client its users open it with (tests/interop/interop.sh), counts compared with
# `kgraph stats`. A client that is not installed makes its test "skipped" (77), not failed.
# npm clients: tests/interop/package.json + package-lock.json, installed by
# scripts/install-interop-clients.sh (make deps).
get_filename_component(KG_SHARED_DIR ${PROJECT_SOURCE_DIR}/../shared ABSOLUTE)
set(KG_INTEROP_SH ${CMAKE_CURRENT_SOURCE_DIR}/interop/interop.sh)
set(KG_INTEROP_WORK ${CMAKE_CURRENT_BINARY_DIR}/interop)

add_test(NAME interop_setup
         COMMAND ${KG_INTEROP_SH} setup $<TARGET_FILE:kgraph> ${KG_SHARED_DIR}/corpus/seeds
                 ${PROJECT_SOURCE_DIR}/examples/corpus ${KG_INTEROP_WORK})
set_tests_properties(interop_setup PROPERTIES FIXTURES_SETUP interop TIMEOUT 120 LABELS interop)

foreach(check graphml_xsd graphml_graphology graphml_networkx gexf_graphology jsonld_rdf dot_svg
              roundtrip subgraph nquads_oxigraph
              neo4j_csv)
  add_test(NAME interop_${check}
           COMMAND ${KG_INTEROP_SH} ${check} $<TARGET_FILE:kgraph> ${KG_INTEROP_WORK})
  set_tests_properties(interop_${check} PROPERTIES FIXTURES_REQUIRED interop SKIP_RETURN_CODE 77
                                                   TIMEOUT 60 LABELS interop)
endforeach()
# The checks share the setup's folder and some write into it (g.nq, back.*): one at a time.
set_tests_properties(interop_jsonld_rdf interop_roundtrip interop_graphml_xsd interop_dot_svg
                     interop_subgraph interop_nquads_oxigraph
                     PROPERTIES RESOURCE_LOCK interop_work)
