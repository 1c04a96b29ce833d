#include "export/escape.hpp"

#include <array>
#include <charconv>
#include <cstdint>

namespace kg::exporters {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Decodes one UTF-8 sequence at `s[i]`; returns its length (0 when invalid) and sets `cp`.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool xml_legal(char32_t cp) {
    if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
    return cp != 0xFFFE && cp != 0xFFFF;
}

std::string dot_quote_impl(std::string_view s, bool label) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t len = decode_utf8(s, i, cp);
        if (len == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        switch (cp) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                if (i + 1 >= s.size() || s[i + 1] != '\n') out += "\\n";
                break;
            case '\t':
                out += ' ';
                break;
            case '&':
                out += label ? "&amp;" : "&";
                break;
            default:
                if (cp < 0x20 || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF)
                    out += kReplacement;
                else
                    out.append(s.substr(i, len));
        }
        i += len;
    }
    out += '"';
    return out;
}

}  // namespace

std::string sanitize_xml_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t len = decode_utf8(s, i, cp);
        if (len == 0) {
            out += kReplacement;
            ++i;
        } else {
            if (xml_legal(cp))
                out.append(s.substr(i, len));
            else
                out += kReplacement;
            i += len;
        }
    }
    return out;
}

namespace {
// Bytes append_xml_escaped must look at, for text [0] and attributes [1]: markup, control
// characters and every non-ASCII byte (checked as UTF-8). Others are copied in runs.
constexpr std::array<std::array<bool, 256>, 2> kXmlSpecial = [] {
    std::array<std::array<bool, 256>, 2> t{};
    for (int attr = 0; attr < 2; ++attr) {
        for (int c = 0; c < 0x20; ++c) t[attr][c] = true;
        for (int c = 0x80; c < 0x100; ++c) t[attr][c] = true;
        t[attr]['&'] = t[attr]['<'] = true;
    }
    t[0]['\t'] = t[0]['\n'] = t[0]['\r'] = false;  // kept as they are in text
    t[0]['>'] = true;                              // in attributes pugixml leaves it
    t[1]['"'] = true;
    return t;
}();
}  // namespace

void append_xml_escaped(std::string& out, std::string_view s, bool in_attribute) {
    const auto& special = kXmlSpecial[in_attribute ? 1 : 0];
    const char* const data = s.data();
    const std::size_t n = s.size();
    std::size_t run = 0;  // start of the bytes not yet copied
    auto replace = [&](std::size_t i, std::size_t len, std::string_view with) {
        out.append(data + run, i - run);
        out.append(with);
        run = i + len;
    };
    for (std::size_t i = 0; i < n;) {
        while (i < n && !special[static_cast<unsigned char>(data[i])]) ++i;
        if (i == n) break;
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80) {
            char32_t cp = 0;
            const std::size_t len = decode_utf8(s, i, cp);
            if (len == 0)
                replace(i, 1, kReplacement), ++i;
            else if (!xml_legal(cp))
                replace(i, len, kReplacement), i += len;
            else
                i += len;
            continue;
        }
        switch (c) {
            case '&':
                replace(i, 1, "&amp;");
                break;
            case '<':
                replace(i, 1, "&lt;");
                break;
            case '>':
                replace(i, 1, "&gt;");
                break;
            case '"':
                replace(i, 1, "&quot;");
                break;
            case '\t':
                replace(i, 1, "&#09;");
                break;
            case '\n':
                replace(i, 1, "&#10;");
                break;
            case '\r':
                replace(i, 1, "&#13;");
                break;
            default:  // other C0 controls, which XML 1.0 forbids
                replace(i, 1, kReplacement);
        }
        ++i;
    }
    out.append(data + run, n - run);
}

std::string dot_quoted(std::string_view s) { return dot_quote_impl(s, false); }

std::string dot_quoted_label(std::string_view s) { return dot_quote_impl(s, true); }

std::string percent_encode(std::string_view s) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0x0F];
        }
    }
    return out;
}

std::string color_or_default(const std::string& color) {
    return color.size() == 7 && color[0] == '#' ? color : std::string("#808080");
}

std::string format_double(double v) {
    std::array<char, 64> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), res.ptr);
}

}  // namespace kg::exporters
