#include <doctest/doctest.h>

#include "extract/document.hpp"
#include "extract/text_normalizer.hpp"

using kg::extract::normalize_text;

TEST_SUITE("extract/text_normalizer") {
    TEST_CASE(
        "text_normalizer: curly quotes, NBSP and dashes become ASCII with offsets into the "
        "original") {
        const std::string original = "\xE2\x80\x9CHi\xE2\x80\x9D\xC2\xA0said Ann \xE2\x80\x94 ok";
        const auto n = normalize_text(original);
        CHECK(n.text == "\"Hi\" said Ann - ok");
        REQUIRE(n.to_original.size() == n.text.size() + 1);
        // "Ann" in the normalized text maps back to "Ann" in the original bytes.
        const auto b = n.text.find("Ann");
        CHECK(original.substr(n.to_original[b], n.to_original[b + 3] - n.to_original[b]) == "Ann");
        // The closing curly quote (3 bytes) is one character; its span covers all 3 bytes.
        CHECK(n.to_original[3] == 5);
        CHECK(n.to_original[4] == 8);
        CHECK(n.to_original.back() == original.size());
    }

    TEST_CASE("text_normalizer: a BOM is dropped but spans still point into the original bytes") {
        const std::string original = "\xEF\xBB\xBFSeoul";
        const auto n = normalize_text(original);
        CHECK(n.text == "Seoul");
        CHECK(n.to_original[0] == 3);
        CHECK(n.to_original[5] == 8);
    }

    TEST_CASE("text_normalizer: other non-ASCII text is kept unchanged") {
        const std::string original = "Müller \xE2\x80\x98X\xE2\x80\x99";
        const auto n = normalize_text(original);
        CHECK(n.text == "Müller 'X'");
    }
}
