#include <doctest/doctest.h>

#include <random>
#include <sstream>

#include "export/graphml.hpp"
#include "export/jsonld.hpp"
#include "export_support.hpp"
#include "util/error.hpp"

using namespace kg;
using namespace kg::exporters;

namespace {

/// Feeds `count` byte-mutated (replaced, deleted, duplicated, cut) copies of `good` to `read`
/// and checks each either reads or fails with a kg::InputError naming the origin; never any
/// other exception. A fixed seed keeps the run reproducible.
template <class Read>
void mutate_and_read(const std::string& good, Read read, int count) {
    std::mt19937 rng(12345);
    const std::string alphabet =
        "<>&\"'/=[]{},:#\\ \n\x01\xC3\xFF"
        "0a-";
    int errors = 0;
    for (int i = 0; i < count; ++i) {
        std::string s = good;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int k = 0; k < edits && !s.empty(); ++k) {
            const std::size_t at = rng() % s.size();
            switch (rng() % 4) {
                case 0:
                    s[at] = alphabet[rng() % alphabet.size()];
                    break;
                case 1:
                    s.erase(at, 1 + rng() % 16);
                    break;
                case 2:
                    s.insert(at, s.substr(at, 1 + rng() % 64));
                    break;
                default:
                    s.resize(at);
                    break;
            }
        }
        try {
            std::istringstream in(s);
            read(in);
        } catch (const InputError& e) {
            ++errors;
            CHECK(std::string(e.what()).rfind("mutant", 0) == 0);
        } catch (const std::exception& e) {
            FAIL("mutant " << i << " threw a non-InputError: " << e.what());
        }
    }
    // Most mutants must be rejected, or the readers are not checking anything.
    CHECK(errors > count / 2);
}

}  // namespace

TEST_SUITE("export/robustness") {
    TEST_CASE("robustness: mutated GraphML reads or fails with an InputError, never otherwise") {
        mutate_and_read(
            to_graphml_string(test::rich_graph()),
            [](std::istream& in) { return read_graphml(in, test::ontology(), "mutant.graphml"); },
            400);
    }

    TEST_CASE("robustness: mutated JSON-LD reads or fails with an InputError, never otherwise") {
        mutate_and_read(
            to_jsonld_string(test::rich_graph()),
            [](std::istream& in) { return read_jsonld(in, test::ontology(), "mutant.jsonld"); },
            400);
    }
}
