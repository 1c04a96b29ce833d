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
