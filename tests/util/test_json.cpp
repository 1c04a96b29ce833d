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

    TEST_CASE("json: nesting 200,000 deep is an InputError naming the byte, not a stack overflow") {
        const std::string deep = std::string(200000, '[') + std::string(200000, ']');
        CHECK_THROWS_WITH_AS(
            kg::json::parse(deep, "deep.json"),
            doctest::Contains("deep.json: invalid JSON at byte 256: arrays and objects nested "
                              "deeper than 256 levels"),
            kg::InputError);
        const std::string objects = [] {
            std::string s;
            for (int i = 0; i < 200000; ++i) s += "{\"a\":";
            return s;
        }();
        CHECK_THROWS_AS(kg::json::parse(objects, "deep-objects.json"), kg::InputError);
    }

    TEST_CASE(
        "json: nesting up to the depth limit parses, and brackets inside strings do not count") {
        const auto d = kg::json::kMaxJsonDepth;
        CHECK_NOTHROW(kg::json::parse(std::string(d, '[') + std::string(d, ']'), "limit.json"));
        CHECK_THROWS_AS(
            kg::json::parse(std::string(d + 1, '[') + std::string(d + 1, ']'), "over.json"),
            kg::InputError);
        const std::string in_string = "[\"" + std::string(1000, '[') + "\\\"{{{\"]";
        CHECK(kg::json::parse(in_string, "str.json").IsArray());
    }

    TEST_CASE("json: a missing file is an InputError naming it") {
        CHECK_THROWS_WITH_AS(kg::json::parse_file("/nonexistent/x.json"),
                             doctest::Contains("/nonexistent/x.json: no such file"),
                             kg::InputError);
    }
}
