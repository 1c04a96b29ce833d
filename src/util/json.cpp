#include "util/json.hpp"

#include <rapidjson/error/en.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "util/error.hpp"

namespace kg::json {
namespace fs = std::filesystem;

std::string read_file(const fs::path& path, std::size_t max_bytes) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw InputError("KG-E101", path.string() + ": no such file.");
    if (fs::is_directory(path, ec))
        throw InputError("KG-E102", path.string() + ": is a folder, expected a file.");
    const auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes)
        throw InputError("KG-E103", path.string() + ": file is " + std::to_string(size) +
                                        " bytes, over the limit of " + std::to_string(max_bytes) +
                                        " bytes.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError("KG-E104", path.string() + ": cannot read: " + std::strerror(errno) + ".");
    // Read straight into a string of the file's size (a stringstream would copy every byte
    // twice); whatever the size did not cover (a file still growing) is appended after.
    std::string out(ec ? 0 : static_cast<std::size_t>(size), '\0');
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw InputError("KG-E104", path.string() + ": read error.");
    if (!in.eof()) {
        in.clear();
        char buf[4096];
        while (in.read(buf, sizeof buf) || in.gcount() > 0)
            out.append(buf, static_cast<std::size_t>(in.gcount()));
        if (in.bad()) throw InputError("KG-E104", path.string() + ": read error.");
    }
    return out;
}

namespace {

// The byte offset where arrays and objects first nest deeper than kMaxJsonDepth, if they do.
// Brackets inside strings do not count; in malformed text the answer may be off, but then the
// parser rejects the text anyway.
std::optional<std::size_t> too_deep_at(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

}  // namespace

rapidjson::Document parse(std::string_view text, const std::string& origin) {
    if (text.size() > kMaxJsonBytes)
        throw InputError("KG-E103", origin + ": JSON text is " + std::to_string(text.size()) +
                                        " bytes, over the limit of " +
                                        std::to_string(kMaxJsonBytes) + " bytes.");
    if (const auto at = too_deep_at(text))
        throw InputError("KG-E111", origin + ": invalid JSON at byte " + std::to_string(*at) +
                                        ": arrays and objects nested deeper than " +
                                        std::to_string(kMaxJsonDepth) + " levels.");
    rapidjson::Document doc;
    constexpr unsigned kFlags =
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    doc.Parse<kFlags>(text.data(), text.size());
    if (doc.HasParseError()) {
        throw InputError("KG-E110", origin + ": invalid JSON at byte " +
                                        std::to_string(doc.GetErrorOffset()) + ": " +
                                        rapidjson::GetParseError_En(doc.GetParseError()));
    }
    return doc;
}

rapidjson::Document parse_file(const fs::path& path) {
    const std::string text = read_file(path, kMaxJsonBytes);
    return parse(text, path.string());
}

}  // namespace kg::json
