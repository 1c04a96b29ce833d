#include "extract/text_normalizer.hpp"

namespace kg::extract {
namespace {

// Decodes the code point at s[i] (input is already validated UTF-8); sets len.
std::uint32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + len > s.size()) {
        len = 1;
        return c;
    }
    std::uint32_t cp = c & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    return cp;
}

// The ASCII replacement of a code point, or 0 to keep it, or -1 to drop it.
int replacement(std::uint32_t cp) {
    switch (cp) {
        case 0xFEFF:
            return -1;  // BOM / zero-width no-break space
        case 0x200B:
            return -1;  // zero-width space
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
            return '\'';
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
            return '"';
        case 0x00A0:
        case 0x2002:
        case 0x2003:
        case 0x2009:
        case 0x202F:
        case 0x3000:
            return ' ';
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            return '-';
        default:
            return 0;
    }
}

}  // namespace

NormalizedText normalize_text(std::string_view original) {
    NormalizedText out;
    out.text.reserve(original.size());
    out.to_original.reserve(original.size() + 1);
    std::size_t i = 0;
    while (i < original.size()) {
        std::size_t len = 1;
        const std::uint32_t cp = decode(original, i, len);
        const int r = len > 1 ? replacement(cp) : 0;
        if (r > 0) {
            out.text.push_back(static_cast<char>(r));
            out.to_original.push_back(static_cast<std::uint32_t>(i));
        } else if (r == 0) {
            for (std::size_t k = 0; k < len; ++k) {
                out.text.push_back(original[i + k]);
                out.to_original.push_back(static_cast<std::uint32_t>(i + k));
            }
        }
        i += len;
    }
    out.to_original.push_back(static_cast<std::uint32_t>(original.size()));
    return out;
}

}  // namespace kg::extract
