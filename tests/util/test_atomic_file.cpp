#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

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

std::size_t count_temporaries(const fs::path& dir, const std::string& name) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind("." + name + ".tmp-", 0) == 0) ++n;
    return n;
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

    TEST_CASE(
        "atomic file: the temporary file of a writer that died is removed by the next write") {
        const auto dir = kg::test::scratch_dir("atomic_stale");
        const auto target = dir / "out.txt";
        kg::write_file_atomically(target, [](std::ostream& os) { os << "old"; });
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Dies mid-write, as under kill -9: no cleanup runs.
            kg::write_file_atomically(target, [](std::ostream& os) {
                os << "half" << std::flush;
                ::_exit(0);
            });
            ::_exit(1);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(count_temporaries(dir, "out.txt") == 1);
        CHECK(slurp(target) == "old");
        kg::write_file_atomically(target, [](std::ostream& os) { os << "new"; });
        CHECK(slurp(target) == "new");
        CHECK(count_temporaries(dir, "out.txt") == 0);
    }

    TEST_CASE("atomic file: a live writer's temporary file is not removed by another write") {
        const auto dir = kg::test::scratch_dir("atomic_live");
        const auto target = dir / "out.txt";
        // The outer writer is alive (this process) while the inner write runs; its file must
        // survive, so that its own rename still succeeds.
        kg::write_file_atomically(target, [&](std::ostream& os) {
            os << "outer";
            kg::write_file_atomically(target, [](std::ostream& inner) { inner << "inner"; });
            CHECK(count_temporaries(dir, "out.txt") == 1);
        });
        CHECK(slurp(target) == "outer");
        CHECK(count_temporaries(dir, "out.txt") == 0);
    }
}
