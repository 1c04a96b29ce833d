#include "util/text.hpp"

#include <cctype>
#include <cstdint>
#include <cstring>

namespace kg::text {

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: exports check every quote they write, nearly all ASCII.
        for (std::uint64_t w; i + 8 <= n; i += 8) {
            std::memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull) break;
        }
        if (i >= n) break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

std::size_t repair_utf8(std::string& s) {
    std::size_t replaced = 0;
    std::size_t from = 0;
    while (const auto bad = find_invalid_utf8(std::string_view(s).substr(from))) {
        s[from + *bad] = '?';
        ++replaced;
        from += *bad + 1;
    }
    return replaced;
}

namespace {
// Latin-1 supplement and Latin Extended-A letters folded to their ASCII base, so that
// "Lê Văn" and "Le Van" give the same slug. Indexed by code point - 0xC0.
constexpr const char* kLatinFold[] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
};
constexpr const char* kLatinExtAFold =  // U+0100..U+017F, one base letter per code point
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
}  // namespace

std::string slugify(std::string_view s) {
    std::string out;
    bool pending_dash = false;
    auto put = [&](std::string_view piece) {
        if (pending_dash && !out.empty()) out += '-';
        pending_dash = false;
        out += piece;
    };
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                put(std::string_view(reinterpret_cast<const char*>(p + i), 1));
            } else if (c >= 'A' && c <= 'Z') {
                const char lc = static_cast<char>(c - 'A' + 'a');
                put(std::string_view(&lc, 1));
            } else if (c == '\'' && !out.empty()) {
                // apostrophes join: "O'Brien" -> "obrien"
            } else {
                pending_dash = true;
            }
            ++i;
            continue;
        }
        std::size_t len = (c & 0xE0) == 0xC0   ? 2
                          : (c & 0xF0) == 0xE0 ? 3
                          : (c & 0xF8) == 0xF0 ? 4
                                               : 1;
        if (i + len > s.size()) len = s.size() - i;
        std::uint32_t cp = 0;
        if (len == 2) cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
        if (cp >= 0xC0 && cp <= 0xFF && *kLatinFold[cp - 0xC0]) {
            put(kLatinFold[cp - 0xC0]);
        } else if (cp >= 0x100 && cp < 0x100 + std::char_traits<char>::length(kLatinExtAFold)) {
            const char base = kLatinExtAFold[cp - 0x100];
            put(std::string_view(&base, 1));
        } else if (len == 3 && c == 0xE2 && p[i + 1] == 0x80) {
            pending_dash = true;  // U+2000..U+203F: dashes, quotes, spaces
        } else if (len == 2 && cp < 0xC0) {
            pending_dash = true;  // Latin-1 punctuation and NBSP
        } else {
            put(std::string_view(reinterpret_cast<const char*>(p + i), len));
        }
        i += len;
    }
    return out;
}

bool starts_upper(std::string_view s) {
    if (s.empty()) return false;
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0x80) return std::isupper(b0) != 0;
    if ((b0 & 0xE0) != 0xC0 || s.size() < 2) return false;  // capitals below are 2-byte letters
    const unsigned cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[1]) & 0x3Fu);
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;  // À..Þ, not ×
    // Latin Extended-A pairs capitals with small letters: even capitals, except the odd run
    // Ĺ..Ň and the last few (Ÿ Ź Ż Ž).
    if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
    if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D) return true;
    return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);  // Greek, Cyrillic
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s) {
    auto ws = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!s.empty() && ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && ws(s.back())) s.remove_suffix(1);
    return s;
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : trim(s)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto pos = s.find(sep, start);
        out.emplace_back(
            s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos) break;
        start = pos + 1;
    }
    return out;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

}  // namespace kg::text

namespace kg::text {
std::string match_key(std::string_view s) {
    std::string without_dots;
    without_dots.reserve(s.size());
    for (char c : s)
        if (c != '.') without_dots += c;
    std::string key = slugify(without_dots);
    for (char& c : key)
        if (c == '-') c = ' ';
    if (key.rfind("the ", 0) == 0) key.erase(0, 4);
    return key;
}
}  // namespace kg::text
