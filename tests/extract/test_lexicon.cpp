#include <doctest/doctest.h>

#include <fstream>

#include "extract/lexicon.hpp"
#include "extract/tokenizer.hpp"
#include "extract_fixtures.hpp"
#include "util/error.hpp"

using namespace kg::extract;

namespace {
std::filesystem::path write(const std::filesystem::path& p, const std::string& s) {
    std::ofstream(p, std::ios::binary) << s;
    return p;
}
}  // namespace

TEST_SUITE("extract/lexicon") {
    TEST_CASE(
        "lexicon: a gazetteer reads canonical names and aliases, skipping comments and blanks") {
        const auto dir = kg::test::scratch_dir("lexicon-ok");
        const auto f =
            write(dir / "g.tsv", "# comment\n\nFreedonia\tFreedonian|Fredville\r\nSylvania\n");
        const auto e = load_gazetteer(f, MentionKind::country);
        REQUIRE(e.size() == 2);
        CHECK(e[0].canonical == "Freedonia");
        CHECK(e[0].aliases == std::vector<std::string>{"Freedonian", "Fredville"});
        CHECK(e[1].aliases.empty());
        CHECK(e[1].origin == f.string() + ":4");
    }

    TEST_CASE("lexicon: a malformed gazetteer line is an OntologyError naming file:line") {
        const auto dir = kg::test::scratch_dir("lexicon-bad");
        const auto f = write(dir / "g.tsv", "Freedonia\tFreedonian\n\tno canonical\n");
        CHECK_THROWS_WITH_AS(load_gazetteer(f, MentionKind::country), doctest::Contains("g.tsv:2"),
                             kg::OntologyError);
        const auto g = write(dir / "h.tsv", "A\tB\tC\n");
        CHECK_THROWS_WITH_AS(load_gazetteer(g, MentionKind::country), doctest::Contains("h.tsv:1"),
                             kg::OntologyError);
        const auto u = write(dir / "u.tsv", "Person\tAnn Lee\t\nPlanet\tMars\t\n");
        CHECK_THROWS_WITH_AS(load_user_gazetteer(u),
                             doctest::Contains("u.tsv:2: unknown type 'Planet'"),
                             kg::OntologyError);
        CHECK_THROWS_AS(load_gazetteer(dir / "missing.tsv", MentionKind::country),
                        kg::OntologyError);
    }

    TEST_CASE("lexicon: the project lexicon loads every sovereign state and the office table") {
        const auto& lx = *kg::test::lexicon();
        std::size_t countries = 0;
        for (const auto& e : lx.entries()) countries += e.kind == MentionKind::country;
        CHECK(countries >= 193);
        CHECK(lx.office_title("Minister of Defense", "United States") == "Secretary of Defense");
        CHECK(lx.office_title("Minister of Defense", "Freedonia") == "Minister of Defense");
    }

    TEST_CASE("lexicon: phrase matching is longest-first and acronyms are case-sensitive") {
        std::vector<GazetteerEntry> e{{MentionKind::country, "Freedonia", {"FR", "Free"}, "t:1"},
                                      {MentionKind::country, "North Freedonia", {}, "t:2"}};
        const auto lx = Lexicon::from_entries(e, {});
        const auto toks = tokenize("North Freedonia and FR but not fr or us; free");
        const auto m = lx.matcher().match_at(toks, 0, toks.size());
        REQUIRE(m);
        CHECK(m->entry == 1);
        CHECK(m->token_end == 2);
        CHECK(lx.matcher().match_at(toks, 3, toks.size()));   // FR
        CHECK(!lx.matcher().match_at(toks, 6, toks.size()));  // fr
        CHECK(lx.matcher().match_at(toks, 10, toks.size()));  // free: not an acronym, any case
    }

    TEST_CASE("lexicon: a user gazetteer adds entries of any type") {
        const auto dir = kg::test::scratch_dir("lexicon-user");
        const auto u = write(dir / "u.tsv",
                             "Organization\tHarbor Guild\tthe Guild|HG\nTitle\tHarbor Master\t\n");
        const auto e = load_user_gazetteer(u);
        REQUIRE(e.size() == 2);
        CHECK(e[0].kind == MentionKind::organization);
        CHECK(e[1].kind == MentionKind::title);
    }

    TEST_CASE("lexicon: a NotAName phrase hides the shorter names inside it") {
        const auto d = kg::test::run("Latin American envoys met American and Peruvian envoys.");
        std::vector<std::string> countries;
        for (const auto& m : d.mentions)
            if (m.kind == kg::extract::MentionKind::country) countries.push_back(m.label);
        CHECK(countries == std::vector<std::string>{"United States", "Peru"});
    }
}
