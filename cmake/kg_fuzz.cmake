# KG_FUZZ=ON builds everything for libFuzzer (clang only; fuzz/run.sh configures it): coverage
# instrumentation plus AddressSanitizer and UBSan, UB aborting so the fuzzer sees it. The
# sanitizer flags themselves are set in one place, kg_sanitizers.cmake.
if(KG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KG_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
endif()

# kg_fuzz_instrument(<target>...): libFuzzer's coverage instrumentation, for the code the fuzz
# targets link (src/CMakeLists.txt, fuzz/CMakeLists.txt). The test binary and the CLI, which no
# fuzzer runs, are left out: it made each of their files about 20% slower to compile.
function(kg_fuzz_instrument)
  if(KG_FUZZ)
    foreach(target IN LISTS ARGN)
      target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endforeach()
  endif()
endfunction()
