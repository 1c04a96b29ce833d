list(APPEND KG_TEST_SOURCES cli/test_cli.cpp cli/test_queries.cpp)
