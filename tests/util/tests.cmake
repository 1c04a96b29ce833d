list(APPEND KG_TEST_SOURCES
  util/test_text.cpp
  util/test_atomic_file.cpp
  util/test_json.cpp
  util/test_interned_string.cpp
  util/test_word_set.cpp
)
