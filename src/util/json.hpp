#pragma once
// Reading JSON safely: every JSON input of kgraph (ontology, manifest, JSON-LD, gold files) goes
// through here, so size limits, UTF-8 validation and iterative parsing are decided once.
#include <rapidjson/document.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace kg::json {

/// Largest JSON input accepted, in bytes (a guard against reading a wrong, huge file whole).
inline constexpr std::size_t kMaxJsonBytes = std::size_t{1} << 30;

/// Deepest nesting of arrays and objects accepted. kgraph's own files nest a few levels; the limit
/// stops a hostile file from making every later tree walk (and RapidJSON's DOM) pay for depth.
inline constexpr std::size_t kMaxJsonDepth = 256;

/// Parses `text` (from `origin`, used in messages) with UTF-8 validation and the iterative parser,
/// which does not recurse, so deep nesting cannot overflow the stack. Throws kg::InputError naming
/// `origin`, the byte offset and the reason: RapidJSON's, nesting deeper than kMaxJsonDepth or
/// text longer than kMaxJsonBytes.
rapidjson::Document parse(std::string_view text, const std::string& origin);

/// Reads and parses a JSON file; a missing, unreadable or oversized file is a kg::InputError.
rapidjson::Document parse_file(const std::filesystem::path& path);

/// Reads a whole file as bytes; throws kg::InputError naming the path when it cannot.
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace kg::json
