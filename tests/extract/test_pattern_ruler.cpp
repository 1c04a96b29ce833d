#include <doctest/doctest.h>

#include "extract_fixtures.hpp"

using kg::extract::MentionKind;
using kg::test::has;
using kg::test::labels;

using kg::test::run_dated;

TEST_SUITE("extract/pattern_ruler") {
    TEST_CASE("pattern_ruler: word ordinals, '2+2' and plural possessives stay in meeting names") {
        const auto d = run_dated(
            "They met at the third Chile-Peru 2+2 Ministerial Dialogue after the Andes Defence "
            "Ministers' Meeting, and praised the first Lima Accord.",
            "2024-03-01");
        CHECK(labels(d, MentionKind::meeting) ==
              std::vector<std::string>{"3rd Chile-Peru 2+2 Ministerial Dialogue",
                                       "Andes Defence Ministers' Meeting 2024"});
        CHECK(labels(d, MentionKind::agreement) == std::vector<std::string>{"Lima Accord"});
    }

    TEST_CASE("pattern_ruler: 'the X Summit in 2014' is that year's summit, not the article's") {
        const auto d = run_dated("Leaders recalled the Andes Summit in 2014 and the Lima Summit.",
                                 "2024-03-01");
        CHECK(labels(d, MentionKind::meeting) ==
              std::vector<std::string>{"Andes Summit 2014", "Lima Summit 2024"});
    }

    TEST_CASE("pattern_ruler: a series meeting takes the one year its sentence dates") {
        const auto d = run_dated(
            "On 10 July 2023, on the eve of the Andes Summit in Lima, they met. The Reef Summit "
            "opened on Monday. The Tide Summit met in May 2022 and in June 2023.",
            "2024-03-01");
        // Relative dates are the article's; two years in one sentence say nothing.
        CHECK(labels(d, MentionKind::meeting) == std::vector<std::string>{"Andes Summit 2023",
                                                                          "Reef Summit 2024",
                                                                          "Tide Summit 2024"});
    }

    TEST_CASE("pattern_ruler: an agreement's subject after 'on' or 'of' is part of its name") {
        const auto d = run_dated(
            "They signed the Chile-Peru Declaration on Maritime Cooperation in Lima in May, and a "
            "Memorandum of Understanding on Port Logistics.",
            "2024-06-01");
        CHECK(labels(d, MentionKind::agreement) ==
              std::vector<std::string>{"Chile-Peru Declaration on Maritime Cooperation",
                                       "Memorandum of Understanding on Port Logistics"});
        // "in Lima" is where it was signed, not part of the name.
        CHECK(has(labels(d, MentionKind::country), "Peru"));
        // A body's name may still run on past an agreement word.
        const auto g = run_dated("The Fisheries Strategy and Review Group met.", "");
        CHECK(labels(g, MentionKind::organization) ==
              std::vector<std::string>{"Fisheries Strategy and Review Group"});
        CHECK(labels(g, MentionKind::agreement).empty());
    }

    TEST_CASE("pattern_ruler: names ending in a head word become agreements and bodies") {
        const auto d = run_dated(
            "Both sides praised the Lima Accord and the Coastal Fisheries Management Group.", "");
        CHECK(labels(d, MentionKind::agreement) == std::vector<std::string>{"Lima Accord"});
        CHECK(labels(d, MentionKind::organization) ==
              std::vector<std::string>{"Coastal Fisheries Management Group"});
        // "Lima" was absorbed into the agreement's name: no Peru mention from it.
        CHECK(labels(d, MentionKind::country).empty());
        // Statutes and sets of principles are agreements too.
        const auto e =
            run_dated("Both sides upheld the Andean Statute and the Quito Principles.", "");
        CHECK(labels(e, MentionKind::agreement) ==
              std::vector<std::string>{"Andean Statute", "Quito Principles"});
    }

    TEST_CASE(
        "pattern_ruler: a meeting is pinned by its ordinal, a following year or the document "
        "year") {
        const auto d = run_dated(
            "They held the 12th Harbor Security Dialogue. The Reef Summit 2019 was smaller. The "
            "Tide Forum "
            "Conference opened.",
            "2024-03-01");
        const auto m = labels(d, MentionKind::meeting);
        CHECK(has(m, "12th Harbor Security Dialogue"));
        CHECK(has(m, "Reef Summit 2019"));
        CHECK(has(m, "Tide Forum Conference 2024"));
        const auto undated = run_dated("The Tide Forum Conference opened.", "");
        CHECK(labels(undated, MentionKind::meeting).empty());
    }

    TEST_CASE(
        "pattern_ruler: an acronym defined once names the same thing later, ordinal included") {
        const auto d = run_dated(
            "The 7th Joint Harbor Committee Meeting (JHCM) opened. Officials said the JHCM went "
            "well. "
            "The 8th JHCM is next year.",
            "2024-03-01");
        const auto m = labels(d, MentionKind::meeting);
        CHECK(std::count(m.begin(), m.end(), "7th Joint Harbor Committee Meeting") == 2);
        CHECK(has(m, "8th Joint Harbor Committee Meeting"));
    }

    TEST_CASE("pattern_ruler: a bare series name is the ordinal occurrence the document names") {
        const auto d = run_dated("The 3rd Reef Dialogue begins. The Reef Dialogue will end Friday.",
                                 "2024-03-01");
        const auto m = labels(d, MentionKind::meeting);
        CHECK(m == std::vector<std::string>{"3rd Reef Dialogue", "3rd Reef Dialogue"});
    }

    TEST_CASE(
        "pattern_ruler: no fact from sentence openers, lower-case heads or longer names of other "
        "kinds") {
        const auto d = run_dated(
            "The Meeting was long. They signed an agreement. Combined Harbor Command Post Training "
            "began. "
            "Another Plan is needed.",
            "2024-03-01");
        CHECK(labels(d, MentionKind::meeting).empty());
        CHECK(labels(d, MentionKind::agreement).empty());
        CHECK(labels(d, MentionKind::organization).empty());
    }

    TEST_CASE("pattern_ruler: an undefined acronym of a name's initials is that name") {
        const auto d = run_dated(
            "They revived the Andean Maritime Consultation Group. The AMCG last met in 2018, and "
            "the AM question stayed open.",
            "2024-03-01");
        std::size_t uses = 0;
        for (const auto& m : d.mentions)
            if (m.kind == MentionKind::organization &&
                m.label == "Andean Maritime Consultation Group")
                ++uses;
        CHECK(uses == 2);
        // Two letters are too few to tell an acronym from a word.
        for (const auto& m : d.mentions) CHECK(m.surface != "AM");
    }

    TEST_CASE(
        "pattern_ruler: 'the first 2+2 dialogue' and 'the second edition' are other "
        "occurrences of the numbered series") {
        const auto d = run_dated(
            "Chile and Peru held the third Chile-Peru 2+2 Ministerial Dialogue in Lima. The "
            "accord was signed at the first 2+2 dialogue, held in Santiago in 2019. The second "
            "edition took place in Lima in 2021.",
            "2024-03-01");
        CHECK(labels(d, MentionKind::meeting) ==
              std::vector<std::string>{"3rd Chile-Peru 2+2 Ministerial Dialogue",
                                       "1st Chile-Peru 2+2 Ministerial Dialogue",
                                       "2nd Chile-Peru 2+2 Ministerial Dialogue"});
        const auto f = kg::test::facts(d);
        CHECK(has(f, "Peru -attended-> 1st Chile-Peru 2+2 Ministerial Dialogue"));
        CHECK(has(f, "Chile -attended-> 2nd Chile-Peru 2+2 Ministerial Dialogue"));
        CHECK(has(f, "1st Chile-Peru 2+2 Ministerial Dialogue -held-in-> Chile"));
    }

    TEST_CASE(
        "pattern_ruler: 'the first meeting of' another body, or an edition of one of two "
        "series, is no occurrence") {
        const auto other = run_dated(
            "Chile and Peru held the 5th Chile-Peru Security Meeting. The first security meeting "
            "of the "
            "Andes Council was a success.",
            "2024-03-01");
        CHECK(labels(other, MentionKind::meeting) ==
              std::vector<std::string>{"5th Chile-Peru Security Meeting"});
        const auto two = run_dated(
            "They held the 5th Chile-Peru Security Meeting and the 2nd Andes Reef Dialogue. The "
            "second edition took place in Lima.",
            "2024-03-01");
        CHECK(
            labels(two, MentionKind::meeting) ==
            std::vector<std::string>{"5th Chile-Peru Security Meeting", "2nd Andes Reef Dialogue"});
    }

    TEST_CASE("pattern_ruler: 'the X Summit in <city>' and 'the <city> Summit' are one meeting") {
        const auto d = run_dated(
            "Allies prepare for the Andes Summit in Lima in July. The Lima Summit will mark an "
            "anniversary.",
            "2024-03-01");
        CHECK(labels(d, MentionKind::meeting) ==
              std::vector<std::string>{"Andes Summit 2024", "Andes Summit 2024"});
        // Another city's summit stays another meeting.
        const auto two = run_dated(
            "Allies prepare for the Andes Summit in Lima in July. The Quito Summit was calmer.",
            "2024-03-01");
        CHECK(labels(two, MentionKind::meeting) ==
              std::vector<std::string>{"Andes Summit 2024", "Quito Summit 2024"});
    }
}
