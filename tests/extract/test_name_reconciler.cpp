#include <doctest/doctest.h>

#include "extract/name_reconciler.hpp"
#include "extract_fixtures.hpp"

using kg::extract::MentionKind;
using kg::test::labels;

TEST_SUITE("extract/name_reconciler") {
    TEST_CASE(
        "name_reconciler: a dated or participant-prefixed name joins the plain name another "
        "article uses") {
        std::vector<kg::extract::Document> docs;
        docs.push_back(kg::test::run(
            "They praised the April 26 Harbor Accord. The 5th Peru-Chile Reef Dialogue opened."));
        docs.push_back(kg::test::run("The Harbor Accord held. The 5th Reef Dialogue closed."));
        kg::extract::reconcile_names(docs);
        CHECK(labels(docs[0], MentionKind::agreement) == std::vector<std::string>{"Harbor Accord"});
        CHECK(labels(docs[0], MentionKind::meeting) ==
              std::vector<std::string>{"5th Reef Dialogue"});
    }

    TEST_CASE("name_reconciler: without the plain name in the corpus the longer name stays") {
        std::vector<kg::extract::Document> docs;
        docs.push_back(kg::test::run(
            "They praised the April 26 Harbor Accord. The 5th Peru-Chile Reef Dialogue opened."));
        kg::extract::reconcile_names(docs);
        CHECK(labels(docs[0], MentionKind::agreement) ==
              std::vector<std::string>{"April 26 Harbor Accord"});
        CHECK(labels(docs[0], MentionKind::meeting) ==
              std::vector<std::string>{"5th Peru-Chile Reef Dialogue"});
    }
}

TEST_SUITE("extract/name_reconciler") {
    TEST_CASE("name_reconciler: a name with middle initials or a suffix joins the plain name") {
        std::vector<kg::extract::Document> docs;
        docs.push_back(kg::test::run("Defense Secretary Jon P. Rask III met aides. Rask left."));
        docs.push_back(kg::test::run("Defense Secretary Jon Rask spoke. Jon Rask said no."));
        kg::extract::reconcile_person_names(docs, kg::test::lexicon()->rules());
        for (const auto& d : docs)
            for (const auto& l : labels(d, MentionKind::person)) CHECK(l == "Jon Rask");
    }

    TEST_CASE("name_reconciler: people whose names differ in more than initials stay apart") {
        std::vector<kg::extract::Document> docs;
        docs.push_back(kg::test::run("Defense Secretary Jon P. Rask met aides."));
        docs.push_back(
            kg::test::run("Foreign Minister Jan Rask spoke. Defense Minister Ana Soto Jr. "
                          "met President Ana Soto Vega."));
        kg::extract::reconcile_person_names(docs, kg::test::lexicon()->rules());
        CHECK(labels(docs[0], MentionKind::person) == std::vector<std::string>{"Jon P. Rask"});
        const auto p = labels(docs[1], MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Jan Rask") == 1);
        CHECK(std::count(p.begin(), p.end(), "Ana Soto Vega") == 1);
    }
}
