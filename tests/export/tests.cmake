list(APPEND KG_TEST_SOURCES
  export/test_escape.cpp
  export/test_graphml.cpp
  export/test_gexf.cpp
  export/test_nquads.cpp
  export/test_neo4j_csv.cpp
  export/test_jsonld.cpp
  export/test_dot.cpp
  export/test_format_registry.cpp
  export/test_read_robustness.cpp
)
