# KG_SANITIZER="address,undefined" (or "address;undefined") instruments every target; UB aborts
# instead of recovering.
if(KG_SANITIZER)
  string(REPLACE ";" "," _kg_san "${KG_SANITIZER}")
  add_compile_options(-fsanitize=${_kg_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${_kg_san})
  # GCC 12's instrumentation makes -Wuninitialized fire inside Boost.Graph's named_graph (a known
  # false positive of optimised sanitizer builds); keep it a warning there, not an error.
  # clang: RapidJSON 1.1.0's Stack::Push adds to a null pointer on every parse (see kg_fuzz).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_compile_options(-fno-sanitize=pointer-overflow)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-error=uninitialized -Wno-error=maybe-uninitialized)
  endif()
endif()
