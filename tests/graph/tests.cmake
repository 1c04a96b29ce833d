list(APPEND KG_TEST_SOURCES
  graph/test_ontology.cpp
  graph/test_knowledge_graph.cpp
)
list(APPEND KG_TEST_SOURCES graph/test_succession.cpp)
list(APPEND KG_TEST_SOURCES graph/test_evaluation.cpp)
list(APPEND KG_TEST_SOURCES graph/test_centrality.cpp)
list(APPEND KG_TEST_SOURCES graph/test_paths.cpp)
