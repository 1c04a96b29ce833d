#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "util/word_set.hpp"

TEST_SUITE("util/word_set") {
    TEST_CASE("word_set: every word inserted one by one is found as the table grows") {
        kg::WordSet words;
        for (int i = 0; i < 1000; ++i) CHECK(words.insert("w" + std::to_string(i)).second);
        CHECK_FALSE(words.insert("w7").second);
        CHECK(words.size() == 1000);
        for (int i = 0; i < 1000; ++i) CHECK(words.contains("w" + std::to_string(i)));
        CHECK_FALSE(words.contains("w1000"));
        CHECK_FALSE(words.contains(""));
        CHECK(*words.find("w42") == "w42");
    }

    TEST_CASE("word_set: iteration is sorted, and copies and moves keep their lookups") {
        kg::WordSet words{"pear", "apple"};
        words.emplace("fig");
        CHECK(std::vector<std::string>(words.begin(), words.end()) ==
              std::vector<std::string>{"apple", "fig", "pear"});
        const kg::WordSet copy = words;
        kg::WordSet moved = std::move(words);
        CHECK(copy.contains("fig"));
        CHECK(moved.contains("pear"));
        CHECK_FALSE(moved.contains("plum"));
    }

    TEST_CASE("word_map: values added by operator[] and emplace are found, misses are not") {
        kg::WordMap<int> map;
        for (int i = 0; i < 300; ++i) map["k" + std::to_string(i)] = i;
        CHECK(map.emplace("extra", -1).second);
        CHECK_FALSE(map.emplace("k3", 99).second);
        for (int i = 0; i < 300; ++i) CHECK(map.at("k" + std::to_string(i)) == i);
        CHECK(map.at("extra") == -1);
        CHECK(map.find("k300") == map.end());
        CHECK_THROWS_AS(map.at("missing"), std::out_of_range);
    }
}
