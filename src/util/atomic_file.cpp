#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

#include "util/error.hpp"

namespace kg {
namespace fs = std::filesystem;

namespace {
fs::path temporary_sibling(const fs::path& target) {
    std::random_device rd;
    const auto tag = std::to_string(rd()) + std::to_string(::getpid());
    return target.parent_path() / ("." + target.filename().string() + ".tmp-" + tag);
}

void fsync_path(const fs::path& p) {
    const int fd = ::open(p.c_str(), O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}
}  // namespace

void write_file_atomically(const fs::path& target,
                           const std::function<void(std::ostream&)>& write) {
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw ExportError("KG-E301", target.string() + ": cannot write: folder '" + dir.string() +
                                         "' does not exist.");
    if (fs::is_directory(target, ec))
        throw ExportError("KG-E302", target.string() + ": cannot write: it is a folder.");
    const fs::path tmp = temporary_sibling(target);
    try {
        {
            std::ofstream os(tmp, std::ios::binary | std::ios::trunc);
            if (!os)
                throw ExportError(
                    "KG-E303", target.string() + ": cannot write: " + std::strerror(errno) + ".");
            write(os);
            os.flush();
            if (!os) throw ExportError("KG-E304", target.string() + ": write failed (disk full?).");
        }
        fsync_path(tmp);
        fs::rename(tmp, target);
    } catch (const fs::filesystem_error& e) {
        fs::remove(tmp, ec);
        throw ExportError("KG-E305",
                          target.string() + ": cannot replace: " + e.code().message() + ".");
    } catch (...) {
        fs::remove(tmp, ec);
        throw;
    }
    fsync_path(dir);
}

}  // namespace kg
