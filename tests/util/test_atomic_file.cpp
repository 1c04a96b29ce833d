#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "support/fixtures.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_SUITE("util/atomic_file") {
    TEST_CASE("atomic file: a failed write leaves the previous file and no temporary behind") {
        const auto dir = kg::test::scratch_dir("atomic");
        const auto target = dir / "out.txt";
        kg::write_file_atomically(target, [](std::ostream& os) { os << "old"; });
        CHECK_THROWS_AS(kg::write_file_atomically(target,
                                                  [](std::ostream& os) {
                                                      os << "half";
                                                      throw std::runtime_error("writer died");
                                                  }),
                        std::runtime_error);
        CHECK(slurp(target) == "old");
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
        kg::write_file_atomically(target, [](std::ostream& os) { os << "new"; });
        CHECK(slurp(target) == "new");
    }

    TEST_CASE("atomic file: a missing folder is an ExportError naming it") {
        CHECK_THROWS_WITH_AS(
            kg::write_file_atomically("/nonexistent-dir/x.graphml", [](std::ostream&) {}),
            doctest::Contains("/nonexistent-dir"), kg::ExportError);
    }
}
