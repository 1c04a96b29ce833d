#include <doctest/doctest.h>

#include <map>
#include <string>

#include "extract/mention_counts.hpp"

using kg::extract::Document;
using kg::extract::Mention;
using kg::extract::MentionCount;
using kg::extract::MentionKind;

namespace {
Document doc_with_mentions(std::initializer_list<std::pair<MentionKind, const char*>> ms) {
    Document d;
    for (const auto& [kind, label] : ms) {
        Mention m;
        m.kind = kind;
        m.label = label;
        d.mentions.push_back(m);
    }
    return d;
}
const auto leader_by_count = [](const auto&, const MentionCount& c) { return c.count; };
}  // namespace

TEST_SUITE("extract/mention_counts") {
    TEST_CASE("mention counts: labels of one kind are counted with their first and last mention") {
        const auto d = doc_with_mentions({{MentionKind::meeting, "A"},
                                          {MentionKind::country, "A"},
                                          {MentionKind::meeting, "B"},
                                          {MentionKind::meeting, "A"}});
        const auto counts = kg::extract::count_mentions(d, MentionKind::meeting,
                                                        [](const Mention&) { return true; });
        REQUIRE(counts.size() == 2);
        CHECK(counts.at("A").count == 2);
        CHECK(counts.at("A").first == 0);
        CHECK(counts.at("A").last == 3);
        CHECK(counts.at("B").count == 1);
    }

    TEST_CASE("mention counts: a strict leader wins, a tie or nothing counted gives none") {
        const auto d = doc_with_mentions({{MentionKind::meeting, "A"},
                                          {MentionKind::meeting, "B"},
                                          {MentionKind::meeting, "A"}});
        const auto all = [](const Mention&) { return true; };
        const auto counts = kg::extract::count_mentions(d, MentionKind::meeting, all);
        const auto lead = kg::extract::strict_leader(counts, leader_by_count);
        REQUIRE(lead);
        CHECK((*lead)->first == "A");
        const auto tie =
            doc_with_mentions({{MentionKind::meeting, "A"}, {MentionKind::meeting, "B"}});
        CHECK_FALSE(kg::extract::strict_leader(
            kg::extract::count_mentions(tie, MentionKind::meeting, all), leader_by_count));
        const std::map<std::string, std::size_t> excluded_all{{"A", 3}};
        CHECK_FALSE(kg::extract::strict_leader(
            excluded_all, [](const auto&, std::size_t) { return std::size_t{0}; }));
    }
}
