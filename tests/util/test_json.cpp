#include <doctest/doctest.h>

#include <string>

#include "util/error.hpp"
#include "util/json.hpp"

TEST_SUITE("util/json") {
    TEST_CASE("json: malformed input names the origin and byte offset") {
        CHECK_THROWS_WITH_AS(kg::json::parse("{\"a\": [1, 2", "m.json"),
                             doctest::Contains("m.json: invalid JSON at byte"), kg::InputError);
        CHECK_THROWS_AS(kg::json::parse("{} {}", "two.json"), kg::InputError);
    }

    TEST_CASE("json: invalid UTF-8 inside a string is rejected") {
        CHECK_THROWS_AS(kg::json::parse("{\"a\": \"\xff\"}", "bad.json"), kg::InputError);
    }

    TEST_CASE("json: deep nesting is parsed without recursion") {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        CHECK_NOTHROW(kg::json::parse(deep, "deep.json"));
    }

    TEST_CASE("json: a missing file is an InputError naming it") {
        CHECK_THROWS_WITH_AS(kg::json::parse_file("/nonexistent/x.json"),
                             doctest::Contains("/nonexistent/x.json: no such file"),
                             kg::InputError);
    }
}
