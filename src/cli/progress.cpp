#include "cli/progress.hpp"

#include <unistd.h>

#include <iomanip>
#include <sstream>

namespace kg::cli {

Progress::Progress(std::ostream& os, bool enabled)
    : os_(os), enabled_(enabled), start_(Clock::now()), last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(std::size_t done, std::size_t total, std::uintmax_t bytes,
                      std::uintmax_t total_bytes) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - start_ < std::chrono::milliseconds(500)) return;
    if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && done != total) return;
    last_draw_ = now;
    drawn_ = true;
    constexpr double kMiB = 1024.0 * 1024.0;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = static_cast<double>(bytes) / seconds;  // bytes per second so far
    // "\r" + clear-to-end-of-line: redraw in place; only ever written to a terminal.
    std::ostringstream line;  // a local stream, so the fixed format does not stick to os_
    line << "\r\033[Kkgraph: articles " << done << '/' << total << ", " << std::fixed
         << std::setprecision(1) << static_cast<double>(bytes) / kMiB << '/'
         << static_cast<double>(total_bytes) / kMiB << " MiB, " << rate / kMiB << " MiB/s";
    if (rate > 0 && total_bytes > bytes) {
        const auto left = static_cast<long>(static_cast<double>(total_bytes - bytes) / rate);
        line << ", ETA " << left / 60 << ':' << std::setw(2) << std::setfill('0') << left % 60;
    }
    os_ << line.str() << std::flush;
}

void Progress::finish() {
    if (!drawn_) return;
    os_ << "\r\033[K" << std::flush;
    drawn_ = false;
}

bool Progress::stderr_is_tty() noexcept { return isatty(STDERR_FILENO) == 1; }

}  // namespace kg::cli
