# KG_FUZZ=ON builds everything for libFuzzer (clang only; fuzz/run.sh configures it): coverage
# instrumentation plus AddressSanitizer and UBSan, UB aborting so the fuzzer sees it. The
# sanitizer flags themselves are set in one place, kg_sanitizers.cmake.
if(KG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KG_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
