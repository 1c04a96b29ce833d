// Fuzz target: GEXF import. Whatever the bytes, read_gexf either builds a graph or throws a
// kg::Error; a graph it accepted must survive a write and a second read.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/gexf.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kg;
    return fuzz::guarded([&] {
        std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
        const auto kg = exporters::read_gexf(in, fuzz::ontology(), "fuzz.gexf");
        const std::string again = exporters::to_gexf_string(kg);
        fuzz::must_read_back(
            [&] {
                std::istringstream in2(again);
                exporters::read_gexf(in2, fuzz::ontology(), "fuzz-again.gexf");
            },
            "GEXF");
    });
}
