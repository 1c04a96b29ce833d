# KG_SANITIZER="address,undefined" (or "address;undefined") instruments every target; UB aborts
# instead of recovering. KG_FUZZ implies address,undefined.
set(_kg_san "${KG_SANITIZER}")
if(KG_FUZZ AND NOT _kg_san)
  set(_kg_san "address,undefined")
endif()
if(_kg_san)
  string(REPLACE ";" "," _kg_san "${_kg_san}")
  # One option string: CMake de-duplicates repeated options, so a second -fno-sanitize=... added
  # later can vanish and leave an earlier -fsanitize=undefined re-enabling the check.
  set(_kg_san_flags "-fsanitize=${_kg_san}")
  # clang: RapidJSON 1.1.0's Stack::Push adds to its still-null stack pointer on every parse
  # ("applying non-zero offset to null pointer", fixed upstream after 1.1.0). It must come after
  # -fsanitize=undefined, which would turn it back on.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    string(APPEND _kg_san_flags " -fno-sanitize=pointer-overflow")
  endif()
  add_compile_options("SHELL:${_kg_san_flags}" -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options("SHELL:${_kg_san_flags}")
  # GCC 12's instrumentation makes -Wuninitialized fire inside Boost.Graph's named_graph (a known
  # false positive of optimised sanitizer builds); keep it a warning there, not an error.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-error=uninitialized -Wno-error=maybe-uninitialized)
  endif()
endif()
