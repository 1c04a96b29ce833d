#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <climits>
#include <cstring>
#include <fstream>
#include <random>
#include <string_view>

#include "util/error.hpp"

namespace kg {
namespace fs = std::filesystem;

namespace {
std::string temporary_prefix(const fs::path& target) {
    return "." + target.filename().string() + ".tmp-";
}

std::string host_name() {
    char buf[HOST_NAME_MAX + 1] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0) return "localhost";
    std::string host(buf);
    for (char& c : host)
        if (c == '-' || c == '/') c = '_';
    return host;
}

// ".NAME.tmp-HOST-PID-RANDOM": host and pid say whose it is, so a later write can tell a live
// writer's file from one a killed run left behind.
fs::path temporary_sibling(const fs::path& target) {
    std::random_device rd;
    return target.parent_path() / (temporary_prefix(target) + host_name() + "-" +
                                   std::to_string(::getpid()) + "-" + std::to_string(rd()));
}

// Removes temporary siblings of `target` whose writer (same host, by pid) no longer runs: what a
// kill -9 or a power cut in the middle of an earlier write left. Others' files are not touched.
void remove_stale_temporaries(const fs::path& dir, const fs::path& target) {
    const std::string prefix = temporary_prefix(target);
    const std::string host = host_name();
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        std::string_view rest = std::string_view(name).substr(prefix.size());
        const auto last = rest.rfind('-');
        if (last == std::string_view::npos) continue;
        rest = rest.substr(0, last);
        const auto dash = rest.rfind('-');
        if (dash == std::string_view::npos || rest.substr(0, dash) != host) continue;
        const std::string_view pid_text = rest.substr(dash + 1);
        long pid = 0;
        const auto [ptr, err] =
            std::from_chars(pid_text.data(), pid_text.data() + pid_text.size(), pid);
        if (err != std::errc() || ptr != pid_text.data() + pid_text.size() || pid <= 0) continue;
        if (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) {
            std::error_code rm;
            fs::remove(it->path(), rm);
        }
    }
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
    remove_stale_temporaries(dir, target);
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
