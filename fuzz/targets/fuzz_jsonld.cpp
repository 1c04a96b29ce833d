// Fuzz target: JSON-LD import. Whatever the bytes, read_jsonld either builds a graph or throws a
// kg::Error; a graph it accepted must survive a write and a second read.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/jsonld.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kg;
    return fuzz::guarded([&] {
        std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
        const auto kg = exporters::read_jsonld(in, fuzz::ontology(), "fuzz.jsonld");
        const std::string again = exporters::to_jsonld_string(kg);
        fuzz::must_read_back(
            [&] {
                std::istringstream in2(again);
                exporters::read_jsonld(in2, fuzz::ontology(), "fuzz-again.jsonld");
            },
            "JSON-LD");
    });
}
