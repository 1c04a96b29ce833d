# KG_FUZZ=ON builds everything for libFuzzer (clang only; fuzz/run.sh configures it): coverage
# instrumentation plus AddressSanitizer and UBSan, UB aborting so the fuzzer sees it.
if(KG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KG_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
  # pointer-overflow is off: RapidJSON 1.1.0's internal Stack::Push adds to its still-null stack
  # pointer on every parse (clang flags it on the first input; fixed upstream after 1.1.0).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=pointer-overflow
                      -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined -fno-sanitize=pointer-overflow)
endif()
