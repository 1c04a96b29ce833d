#include <doctest/doctest.h>

#include "extract_fixtures.hpp"

namespace {
// "later -succeeded-> earlier [office]" for each succession the pipeline finds in `text`.
std::vector<std::string> successions(const std::string& text) {
    const auto d = kg::test::run_dated(text, "2024-03-01");
    std::vector<std::string> out;
    for (const auto& r : d.relations)
        if (r.type == "succeeded") {
            std::string s = d.mentions[r.head].label + " -> " + d.mentions[r.tail].label;
            if (r.attrs.count("office")) s += " [" + r.attrs.at("office") + "]";
            out.push_back(s);
        }
    return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_SUITE("extract/succession_ruler") {
    TEST_CASE("succession_ruler: 'A, succeeding B' gives A succeeded B with A's office") {
        CHECK(successions("Chilean Defense Minister Ana Rojas took office on Monday, succeeding "
                          "Luis Salas.") ==
              V{"Ana Rojas -> Luis Salas [office:minister-of-defense-chile]"});
    }

    TEST_CASE("succession_ruler: 'A took over from B' is a forward phrase of several words") {
        CHECK(successions("Chilean Defense Minister Ana Rojas took over from Luis Salas in May.") ==
              V{"Ana Rojas -> Luis Salas [office:minister-of-defense-chile]"});
        // "took over" alone names no predecessor.
        CHECK(successions("Chilean Defense Minister Ana Rojas took over the file from the "
                          "ministry.")
                  .empty());
    }

    TEST_CASE("succession_ruler: 'took over the portfolio from B' names the predecessor") {
        CHECK(successions("Chilean Defense Minister Ana Rojas took over the portfolio from Luis "
                          "Salas in May.") ==
              V{"Ana Rojas -> Luis Salas [office:minister-of-defense-chile]"});
    }

    TEST_CASE("succession_ruler: 'from his father, B': the name after a lower-case apposition") {
        CHECK(successions("Chilean Defense Minister Ana Rojas took over from her mother, Luis "
                          "Salas, in May.") ==
              V{"Ana Rojas -> Luis Salas [office:minister-of-defense-chile]"});
        // No name after the apposition's comma: no predecessor.
        CHECK(successions("Chilean Defense Minister Ana Rojas took over from her mother, who "
                          "retired.")
                  .empty());
    }

    TEST_CASE("succession_ruler: the predecessor is looked for within the clause") {
        // "Luis Salas" is no person mention here, so the name written is read; "Eva Mora" of the
        // next clause is never taken for the predecessor.
        CHECK(successions("Chilean Defense Minister Ana Rojas took office, replacing Luis Salas; "
                          "Eva Mora said she would stay.") ==
              V{"Ana Rojas -> Luis Salas [office:minister-of-defense-chile]"});
    }

    TEST_CASE("succession_ruler: a passive 'was replaced by' turns the order round") {
        CHECK(successions("Chilean Defense Minister Ana Rojas was replaced by Luis Salas.") ==
              V{"Luis Salas -> Ana Rojas [office:minister-of-defense-chile]"});
    }

    TEST_CASE("succession_ruler: predecessor and successor appositions") {
        // "her predecessor": the predecessor of the sentence's subject.
        CHECK(successions("Peruvian President Rosa Diaz and her predecessor, Juan Vera, spoke.") ==
              V{"Rosa Diaz -> Juan Vera [office:president-peru]"});
        CHECK(successions("Peruvian President Rosa Diaz spoke. Diaz's predecessor, Juan Vera, "
                          "was absent.") == V{"Rosa Diaz -> Juan Vera [office:president-peru]"});
        CHECK(successions("Peruvian President Rosa Diaz spoke. Diaz's successor, Juan Vera, "
                          "was absent.") == V{"Juan Vera -> Rosa Diaz [office:president-peru]"});
    }

    TEST_CASE("succession_ruler: a pronoun is resolved only to the last sentence's office holder") {
        CHECK(successions("Canadian Defence Minister Anne Tremblay arrived. She became Defence "
                          "Minister in 2021, replacing Paul Girard.") ==
              V{"Anne Tremblay -> Paul Girard [office:minister-of-national-defence-canada]"});
        CHECK(successions("Canadian Defence Minister Anne Tremblay arrived. The talks began. She "
                          "became Defence Minister in 2021, replacing Paul Girard.")
                  .empty());
    }

    TEST_CASE("succession_ruler: 'succeeded in' and lower-case objects are not successions") {
        CHECK(successions("Chilean Defense Minister Ana Rojas succeeded in persuading Congress.")
                  .empty());
        CHECK(successions("Chilean Defense Minister Ana Rojas replaced the old rifles.").empty());
    }

    TEST_CASE("succession_ruler: a pronoun stands for a person only an earlier succession named") {
        const auto r = successions(
            "Peruvian Defence Minister Luis Salas was sworn in on Monday, succeeding Ana Rojas. "
            "Rojas had been in the post for a year. She became defence minister in 2022, "
            "replacing Eva Quispe.");
        CHECK(kg::test::has(r, "Ana Rojas -> Eva Quispe [office:minister-of-defense-peru]"));
        // Without the post in the pronoun's sentence, no guess.
        const auto none = successions(
            "Peruvian Defence Minister Luis Salas was sworn in on Monday, succeeding Ana Rojas. "
            "Rojas had been in the post for a year. She left in 2022, replacing Eva Quispe.");
        CHECK(!kg::test::has(none, "Ana Rojas -> Eva Quispe [office:minister-of-defense-peru]"));
    }

    TEST_CASE("succession_ruler: a post learnt from a succession passes down the chain") {
        const auto d = kg::test::run_dated(
            "Peruvian Defence Minister Luis Salas took office on Monday, succeeding Ana Rojas. "
            "Rojas had been in the post for a year. She became defence minister in 2022, "
            "replacing Eva Quispe. Eva Quispe had herself succeeded Juan Vera in 2019.",
            "2024-03-01");
        CHECK(kg::test::has(kg::test::facts(d),
                            "Juan Vera -holds-office-> Minister of Defense (Peru)"));
        // No one in the chain holds a post: nobody gets one.
        const auto none = kg::test::run_dated("Eva Quispe had herself succeeded Juan Vera in 2019.",
                                              "2024-03-01");
        for (const auto& r : none.relations) CHECK(r.type != "holds-office");
    }

    TEST_CASE("succession_ruler: the subject follows an opening 'When ...,' clause") {
        const auto got = successions(
            "When Peruvian President Tom Varga took office, Ana Rojas replaced Luis Salas as "
            "Peru's foreign minister.");
        CHECK(got.size() == 1);
        CHECK(got.front().starts_with("Ana Rojas -> Luis Salas"));
    }

    TEST_CASE("succession_ruler: 'A ... after his predecessor B' is A succeeding B") {
        const auto got = successions(
            "Peruvian Prime Minister Ana Rojas took office in May after her predecessor Luis "
            "Salas stood aside.");
        CHECK(got.size() == 1);
        CHECK(got.front().starts_with("Ana Rojas -> Luis Salas"));
        // A predecessor with no possessive names no one's.
        CHECK(successions("Peruvian Prime Minister Ana Rojas met a predecessor, Luis Salas.")
                  .empty());
    }

    TEST_CASE("succession_ruler: 'took the chair from B' is a forward phrase") {
        const auto got =
            successions("Peruvian President Ana Rojas took the chair from Luis Salas in May.");
        CHECK(got.size() == 1);
        CHECK(got.front().starts_with("Ana Rojas -> Luis Salas"));
    }
}
