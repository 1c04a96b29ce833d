list(APPEND KG_TEST_SOURCES
  extract/test_text_normalizer.cpp
  extract/test_sentence_splitter.cpp
  extract/test_lexicon.cpp
  extract/test_persons.cpp
  extract/test_pattern_ruler.cpp
  extract/test_relation_ruler.cpp
  extract/test_meeting_ruler.cpp
  extract/test_succession_ruler.cpp
  extract/test_date_expr.cpp
  extract/test_name_reconciler.cpp
  extract/test_corpus_reader.cpp
  extract/test_pipeline.cpp
  extract/test_build_graph.cpp
  extract/test_parallel_build.cpp
  extract/test_facts_file.cpp
  extract/test_mention_counts.cpp
)
