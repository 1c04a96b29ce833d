#include <doctest/doctest.h>

#include "extract/date_expr.hpp"
#include "extract_fixtures.hpp"

namespace {
// The ISO dates found in `text`, read as an article dated `anchor`.
std::vector<std::string> dates_in(const std::string& text, const std::string& anchor) {
    const auto d = kg::test::run_dated(text, anchor);
    std::vector<std::string> out;
    for (const auto& e :
         kg::extract::find_dates(d, 0, d.tokens.size(), kg::test::lexicon()->rules(), anchor))
        out.push_back(e.iso);
    return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_SUITE("extract/date_expr") {
    TEST_CASE("date_expr: absolute dates keep the precision the text gives") {
        CHECK(dates_in("They met on March 8, 2019 in Lima.", "2024-01-10") == V{"2019-03-08"});
        CHECK(dates_in("They met on 8 March 2019 in Lima.", "2024-01-10") == V{"2019-03-08"});
        CHECK(dates_in("The pact was signed in January 2018.", "2024-01-10") == V{"2018-01"});
        CHECK(dates_in("The pact was signed in 2015.", "2024-01-10") == V{"2015"});
        CHECK(dates_in("They met on March 8 in Lima.", "2024-05-10") == V{"2024-03-08"});
    }

    TEST_CASE("date_expr: weekdays look ahead after a future cue and back otherwise") {
        // 2022-07-25 was a Monday.
        CHECK(dates_in("The ministers will meet on Friday.", "2022-07-25") == V{"2022-07-29"});
        CHECK(dates_in("The ministers met on Friday.", "2022-07-25") == V{"2022-07-22"});
        CHECK(dates_in("The ministry said Monday.", "2022-07-25") == V{"2022-07-25"});
    }

    TEST_CASE("date_expr: relative expressions resolve against the document date") {
        CHECK(dates_in("The talks are on the 13th.", "2023-11-09") == V{"2023-11-13"});
        CHECK(dates_in("He took office last month.", "2023-01-09") == V{"2022-12"});
        CHECK(dates_in("They will meet next week.", "2023-11-28") == V{"2023-12"});
        CHECK(dates_in("Three summits this year.", "2023-11-09") == V{"2023"});
        CHECK(dates_in("It happened yesterday.", "2023-03-01") == V{"2023-02-28"});
        CHECK(dates_in("On 19 January this year they met.", "2024-10-14") == V{"2024-01-19"});
        CHECK(dates_in("On May 3 last year they met.", "2024-10-14") == V{"2023-05-03"});
    }

    TEST_CASE("date_expr: numbers and names that are not dates give nothing") {
        CHECK(dates_in("About 300 people from 17 countries came.", "2023-11-09").empty());
        CHECK(dates_in("May Chen spoke for the ministry.", "2023-11-09").empty());
        CHECK(dates_in("They will meet on Friday.", "").empty());  // no anchor, nothing relative
    }
}
