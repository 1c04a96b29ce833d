// Fuzz target: GraphML import. Whatever the bytes, read_graphml either builds a graph or throws a
// kg::Error; a graph it accepted must survive a write and a second read.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/graphml.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kg;
    return fuzz::guarded([&] {
        std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
        const auto kg = exporters::read_graphml(in, fuzz::ontology(), "fuzz.graphml");
        const std::string again = exporters::to_graphml_string(kg);
        fuzz::must_read_back(
            [&] {
                std::istringstream in2(again);
                exporters::read_graphml(in2, fuzz::ontology(), "fuzz-again.graphml");
            },
            "GraphML");
    });
}
