#pragma once
// A one-line progress display for long builds, shown only when stderr is a terminal.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <ostream>

namespace kg::cli {

class Progress {
  public:
    /// Shows progress on `os` only when `enabled` (the caller checks that stderr is a TTY and
    /// --quiet is off). Nothing is drawn during the first half second, so short runs stay silent.
    Progress(std::ostream& os, bool enabled);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Records that `done` of `total` documents (`bytes` of `total_bytes` bytes) are processed;
    /// redraws at most 10 times a second, with the rate so far and the time left at that rate.
    void update(std::size_t done, std::size_t total, std::uintmax_t bytes,
                std::uintmax_t total_bytes);

    /// Erases the line, so that what follows starts on a clean line. Idempotent.
    void finish();

    /// True when stderr is a terminal.
    static bool stderr_is_tty() noexcept;

  private:
    using Clock = std::chrono::steady_clock;
    std::ostream& os_;
    bool enabled_;
    bool drawn_ = false;
    Clock::time_point start_;
    Clock::time_point last_draw_;
};

}  // namespace kg::cli
