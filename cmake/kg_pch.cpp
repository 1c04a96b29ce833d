// Empty: kg_pch exists to build the precompiled header (cmake/kg_pch.cmake); CMake needs a source.
