#include <doctest/doctest.h>

#include "extract_fixtures.hpp"

namespace {
std::vector<std::string> sentences(const std::string& text) {
    const auto d = kg::test::run(text);
    std::vector<std::string> out;
    for (const auto& s : d.sentences)
        out.push_back(d.text.substr(s.span.begin, s.span.end - s.span.begin));
    return out;
}
}  // namespace

TEST_SUITE("extract/sentence_splitter") {
    TEST_CASE(
        "sentence_splitter: abbreviations, initials and dotted acronyms do not end sentences") {
        const auto s = sentences(
            "The U.S. envoy met Dr. Ana Perez on Nov. 3 in Lima. Gen. Bo Lind of the U.N. agency "
            "spoke. J. Smith, No. 2 in S. Korea, left. N. Korea reacted.");
        REQUIRE(s.size() == 4);
        CHECK(s[0] == "The U.S. envoy met Dr. Ana Perez on Nov. 3 in Lima.");
        CHECK(s[1] == "Gen. Bo Lind of the U.N. agency spoke.");
        CHECK(s[2] == "J. Smith, No. 2 in S. Korea, left.");
        CHECK(s[3] == "N. Korea reacted.");
    }

    TEST_CASE(
        "sentence_splitter: a dotted acronym before a typical sentence opener ends the sentence") {
        const auto s = sentences("Talks were held in the U.S. The next round is in May.");
        REQUIRE(s.size() == 2);
        CHECK(s[1] == "The next round is in May.");
    }

    TEST_CASE(
        "sentence_splitter: a long run of blank lines is one boundary, found in linear time") {
        const std::string blank(1 << 20, '\n');  // quadratic scanning would take minutes
        const auto s =
            sentences("Talks open\n" + blank + "  \n \nThey met in\nthe capital." + blank);
        REQUIRE(s.size() == 2);
        CHECK(s[0] == "Talks open");
        CHECK(s[1] == "They met in\nthe capital.");
    }

    TEST_CASE(
        "sentence_splitter: blank lines and headline lines are boundaries, wrapped lines are not") {
        const auto s = sentences(
            "Ministers to meet next week\n\nBy Ann Lee\nThe ministers will meet in\nthe capital on "
            "Monday.\r\nA second line follows.");
        REQUIRE(s.size() == 4);
        CHECK(s[0] == "Ministers to meet next week");
        CHECK(s[1] == "By Ann Lee");
        CHECK(s[2] == "The ministers will meet in\nthe capital on Monday.");
        CHECK(s[3] == "A second line follows.");
    }

    TEST_CASE("sentence_splitter: quotes after the period stay with the sentence") {
        const auto s = sentences("He said, \"We agree.\" Then he left!  Why? Nobody knows.");
        REQUIRE(s.size() == 4);
        CHECK(s[0] == "He said, \"We agree.\"");
        CHECK(s[1] == "Then he left!");
    }

    TEST_CASE("sentence_splitter: a hyphen before a capital separates two names") {
        const auto d = kg::test::run("The Peru-Chile and ROK-U.S. talks on Hwasong-18.");
        std::vector<std::string> t;
        for (const auto& tok : d.tokens) t.push_back(tok.text);
        CHECK(t == std::vector<std::string>{"The", "Peru", "-", "Chile", "and", "ROK", "-", "U.S.",
                                            "talks", "on", "Hwasong-18", "."});
    }

    TEST_CASE("sentence_splitter: tokens keep hyphenated names, acronyms and possessives apart") {
        const auto d = kg::test::run("Freedonia's Kim Dae-ho met U.S. aides.");
        std::vector<std::string> t;
        for (const auto& tok : d.tokens) t.push_back(tok.text);
        CHECK(t == std::vector<std::string>{"Freedonia", "'s", "Kim", "Dae-ho", "met", "U.S.",
                                            "aides", "."});
    }
}
