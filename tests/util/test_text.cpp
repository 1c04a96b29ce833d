#include <doctest/doctest.h>

#include "util/text.hpp"

using namespace kg::text;

TEST_SUITE("util/text") {
    TEST_CASE("text: valid UTF-8 passes and the first bad byte is located") {
        CHECK_FALSE(find_invalid_utf8("plain ascii").has_value());
        CHECK_FALSE(find_invalid_utf8("Müller – 신원식 😀").has_value());
        CHECK(find_invalid_utf8("ab\xff").value() == 2);
        CHECK(find_invalid_utf8("ab\xc3").value() == 2);            // truncated sequence
        CHECK(find_invalid_utf8("\xc0\xaf").value() == 0);          // overlong '/'
        CHECK(find_invalid_utf8("x\xed\xa0\x80").value() == 1);     // UTF-16 surrogate
        CHECK(find_invalid_utf8("\xf4\x90\x80\x80").value() == 0);  // above U+10FFFF
    }

    TEST_CASE("text: repairing UTF-8 replaces each bad byte with '?' and keeps offsets") {
        std::string s = "ab\xff cd \xc0\xaf x\xed\xa0\x80 M\xc3\xbcller \xc3";
        const auto size = s.size();
        CHECK(repair_utf8(s) == 7);
        CHECK(s == "ab? cd ?? x??? M\xc3\xbcller ?");
        CHECK(s.size() == size);
        CHECK_FALSE(find_invalid_utf8(s).has_value());
        std::string fine = "Müller";
        CHECK(repair_utf8(fine) == 0);
        CHECK(fine == "Müller");
    }

    TEST_CASE("text: capitals are recognised in ASCII, Latin, Greek and Cyrillic") {
        for (const char* w : {"Ana", "Çavuşoğlu", "Łukasz", "Šimon", "Ōno", "Ωmega", "Борис"})
            CHECK(kg::text::starts_upper(w));
        for (const char* w : {"", "ana", "çay", "łódź", "ōno", "ωmega", "борис", "1st", "×"})
            CHECK_FALSE(kg::text::starts_upper(w));
    }

    TEST_CASE("text: slugs are lower-case ASCII with single dashes and folded accents") {
        CHECK(slugify("Shin Won-sik") == "shin-won-sik");
        CHECK(slugify("Minister of National Defense (South Korea)") ==
              "minister-of-national-defense-south-korea");
        CHECK(slugify("  U.S.  Department -- of War ") == "u-s-department-of-war");
        CHECK(slugify("José Müller Łukasz") == "jose-muller-lukasz");
        CHECK(slugify("O'Brien") == "obrien");
        CHECK(slugify("Defense Ministers’ Meeting") == "defense-ministers-meeting");
        CHECK(slugify("신원식") == "신원식");
    }

    TEST_CASE("text: trimming, collapsing and splitting") {
        CHECK(trim("  a b \n") == "a b");
        CHECK(collapse_spaces(" a \t b\n\nc ") == "a b c");
        CHECK(split("a\tb\t", '\t') == std::vector<std::string>{"a", "b", ""});
        CHECK(istarts_with("Defense Minister", "defense"));
        CHECK_FALSE(istarts_with("Def", "defense"));
    }
}

TEST_SUITE("util/text") {
    TEST_CASE("text: match keys fold case, dots, punctuation and a leading 'the'") {
        CHECK(kg::text::match_key("The U.S. Department-of-War") == "us department of war");
        CHECK(kg::text::match_key("Defense Ministers’ Meeting") == "defense ministers meeting");
        CHECK(kg::text::match_key("S. Korea") == "s korea");
    }
}
