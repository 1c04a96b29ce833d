#include "extract/tokenizer.hpp"

#include <cctype>

namespace kg::extract {

bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
}

std::vector<Token> tokenize(std::string_view text, std::uint32_t base) {
    std::vector<Token> out;
    const std::size_t n = text.size();
    out.reserve(n / 4 + 1);  // news text has a token per 5-6 bytes: no regrowth, little waste
    std::size_t i = 0;
    auto word_at = [&](std::size_t k) { return k < n && is_word_byte(text[k]); };
    while (i < n) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        if (word_at(i)) {
            bool inner_period = false;
            while (i < n) {
                if (word_at(i)) {
                    ++i;
                } else if (text[i] == '-' && word_at(i + 1) &&
                           std::isupper(static_cast<unsigned char>(text[i + 1]))) {
                    // "Korea-US", "ROK-U.S.": a capital after the hyphen starts another name.
                    break;
                } else if ((text[i] == '-' || text[i] == '.') && word_at(i + 1)) {
                    inner_period = inner_period || text[i] == '.';
                    ++i;
                } else if (text[i] == '\'' && word_at(i + 1)) {
                    // "Korea's": the possessive is its own token; "O'Neil" stays one word.
                    const bool possessive =
                        (text[i + 1] == 's' || text[i + 1] == 'S') && !word_at(i + 2);
                    if (possessive) break;
                    ++i;
                } else {
                    break;
                }
            }
            const bool single_capital =
                i - start == 1 && std::isupper(static_cast<unsigned char>(text[start])) != 0;
            if (i < n && text[i] == '.' && (inner_period || single_capital)) ++i;
        } else if (c == '\'' && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') &&
                   !word_at(i + 2)) {
            i += 2;
        } else {
            ++i;
        }
        out.push_back(Token{
            Span{base + static_cast<std::uint32_t>(start), base + static_cast<std::uint32_t>(i)},
            std::string(text.substr(start, i - start))});
    }
    return out;
}

}  // namespace kg::extract
