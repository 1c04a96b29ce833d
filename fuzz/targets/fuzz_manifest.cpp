// Fuzz target: manifest.json reading. The bytes are the manifest of a folder holding one article;
// every fault must become a diagnostic naming the manifest (list_corpus never throws for a bad
// manifest), and the article must still be listed.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "extract/corpus_reader.hpp"
#include "fuzz_support.hpp"

namespace {

const std::filesystem::path& folder() {
    static const auto dir = [] {
        auto d = std::filesystem::temp_directory_path() /
                 ("kgraph-fuzz-manifest-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        std::ofstream(d / "a.txt") << "Ministers met in Tokyo.\n";
        return d;
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kg;
    const auto file = folder() / "manifest.json";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    extract::CorpusListing listing;
    try {
        listing = extract::list_corpus({folder()});
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fuzz: list_corpus threw for a bad manifest: %s\n", e.what());
        std::abort();
    }
    if (listing.articles.size() != 1) {
        std::fprintf(stderr, "fuzz: a bad manifest lost the article\n");
        std::abort();
    }
    for (const auto& [before, d] : listing.diagnostics) {
        if (d.input.rfind(file.string(), 0) != 0 || d.message.empty()) {
            std::fprintf(stderr, "fuzz: diagnostic does not name the manifest: %s: %s\n",
                         d.input.c_str(), d.message.c_str());
            std::abort();
        }
    }
    return 0;
}
