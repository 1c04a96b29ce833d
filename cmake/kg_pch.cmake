# Precompiled headers. Parsing Boost.Graph's adjacency_list and the standard headers was about 80%
# of each file's compile time; kg_pch precompiles them once per build and every target reuses that
# one header (REUSE_FROM), so only the project's own code is parsed per file.
# KG_PCH=OFF builds without, e.g. to check that each file includes what it uses.
option(KG_PCH "Precompile Boost.Graph and the common standard headers" ON)

set(KG_PCH_HEADERS
    <boost/graph/adjacency_list.hpp>
    <algorithm>
    <cstddef>
    <cstdint>
    <filesystem>
    <fstream>
    <functional>
    <map>
    <memory>
    <optional>
    <ostream>
    <set>
    <sstream>
    <string>
    <string_view>
    <utility>
    <vector>)

# A header's compile options must match the targets that reuse it: the same standard, warnings and
# (global) sanitizer flags. It defines no macros, so no target's definitions can conflict. clang
# also refuses one built without the fuzzer instrumentation in a file built with it (and the
# reverse): a KG_FUZZ build has a second header, kg_pch_fuzz, for the instrumented targets.
if(KG_PCH)
  set(_kg_pch_hosts kg_pch)
  if(KG_FUZZ)
    list(APPEND _kg_pch_hosts kg_pch_fuzz)
  endif()
  foreach(host IN LISTS _kg_pch_hosts)
    add_library(${host} OBJECT ${CMAKE_CURRENT_LIST_DIR}/kg_pch.cpp)
    target_compile_features(${host} PRIVATE cxx_std_20)
    target_include_directories(${host} SYSTEM PRIVATE ${Boost_INCLUDE_DIRS})
    target_precompile_headers(${host} PRIVATE ${KG_PCH_HEADERS})
    kg_enable_warnings(${host})
  endforeach()
  if(KG_FUZZ)
    kg_fuzz_instrument(kg_pch_fuzz)
  endif()
endif()

# kg_use_pch(<target> [EXTRA <header>...]): <target> reuses kg_pch's header (kg_pch_fuzz's if
# kg_fuzz_instrument was called on it before), or, with EXTRA headers (doctest for the tests),
# precompiles its own with those added.
function(kg_use_pch target)
  if(NOT KG_PCH)
    return()
  endif()
  cmake_parse_arguments(P "" "" "EXTRA" ${ARGN})
  if(P_EXTRA)
    target_precompile_headers(${target} PRIVATE ${KG_PCH_HEADERS} ${P_EXTRA})
  else()
    get_target_property(options ${target} COMPILE_OPTIONS)
    if(KG_FUZZ AND "-fsanitize=fuzzer-no-link" IN_LIST options)
      target_precompile_headers(${target} REUSE_FROM kg_pch_fuzz)
    else()
      target_precompile_headers(${target} REUSE_FROM kg_pch)
    endif()
  endif()
endfunction()
