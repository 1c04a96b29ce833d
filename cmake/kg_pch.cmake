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

if(KG_PCH)
  # Its compile options must match the targets that reuse it: the same standard, warnings and
  # (global) sanitizer flags. It defines no macros, so no target's definitions can conflict.
  add_library(kg_pch OBJECT ${CMAKE_CURRENT_LIST_DIR}/kg_pch.cpp)
  target_compile_features(kg_pch PRIVATE cxx_std_20)
  target_include_directories(kg_pch SYSTEM PRIVATE ${Boost_INCLUDE_DIRS})
  target_precompile_headers(kg_pch PRIVATE ${KG_PCH_HEADERS})
  kg_enable_warnings(kg_pch)
endif()

# kg_use_pch(<target> [EXTRA <header>...]): <target> reuses kg_pch's header, or, with EXTRA
# headers (doctest for the tests), precompiles its own with those added.
function(kg_use_pch target)
  if(NOT KG_PCH)
    return()
  endif()
  cmake_parse_arguments(P "" "" "EXTRA" ${ARGN})
  if(P_EXTRA)
    target_precompile_headers(${target} PRIVATE ${KG_PCH_HEADERS} ${P_EXTRA})
  else()
    target_precompile_headers(${target} REUSE_FROM kg_pch)
  endif()
endfunction()
