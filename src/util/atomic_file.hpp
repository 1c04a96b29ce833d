#pragma once
// Writes a file so that readers see either the old content or the complete new one, never a
// half-written file: the data goes to a temporary file in the same folder, is flushed to disk and
// renamed over the target.
#include <filesystem>
#include <functional>
#include <ostream>

namespace kg {

/// Calls `write(os)` on a stream to a temporary sibling of `target`, fsyncs it and renames it over
/// `target`. On any exception (from `write` or from I/O) the temporary file is removed, `target`
/// is left as it was, and the exception propagates (I/O failures as kg::ExportError). Temporary
/// siblings left by an earlier writer of `target` that was killed (same host, pid gone) are
/// removed first.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write);

}  // namespace kg
