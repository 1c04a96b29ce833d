#pragma once
// Shared by the fuzz targets: the project's ontology, loaded once, and the rule every target
// enforces: bad input may only end in a kg::Error (the one-line error the CLI prints); any other
// exception, a crash or a sanitizer report is a bug.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>

#include "graph/ontology.hpp"
#include "util/error.hpp"

namespace kg::fuzz {

inline std::shared_ptr<const Ontology> ontology() {
    static const auto o = std::make_shared<const Ontology>(Ontology::load(default_ontology_dir()));
    return o;
}

/// Runs `body`; a kg::Error is the expected answer to bad input, anything else aborts so the
/// fuzzer (or the replay run) reports the input.
template <class Body>
int guarded(Body body) {
    try {
        body();
    } catch (const Error&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fuzz: unexpected exception (not a kg::Error): %s\n", e.what());
        std::abort();
    }
    return 0;
}

/// A graph kgraph wrote itself must read back: a failure there is a writer or reader bug.
template <class Read>
void must_read_back(Read read, const char* what) {
    try {
        read();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fuzz: kgraph cannot read back its own %s: %s\n", what, e.what());
        std::abort();
    }
}

}  // namespace kg::fuzz
