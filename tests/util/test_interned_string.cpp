#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "util/interned_string.hpp"

using kg::InternedString;

TEST_SUITE("util/interned_string") {
    TEST_CASE("interned string: equal texts share one copy, different texts do not") {
        const std::string text = "The ministers met in Canberra on Tuesday.";
        const InternedString a{text}, b{std::string_view(text)}, c{"Another sentence."};
        CHECK(&a.str() == &b.str());
        CHECK(a == b);
        CHECK_FALSE(a == c);
        CHECK(a == text);
        CHECK(a == "The ministers met in Canberra on Tuesday.");
        CHECK(InternedString().empty());
        CHECK(InternedString() == InternedString(""));
    }

    TEST_CASE("interned string: order is by text, not by where it is stored") {
        std::vector<InternedString> v{"delta", "alpha", "charlie", "bravo", "alpha"};
        std::sort(v.begin(), v.end());
        std::vector<std::string> got;
        for (const auto& s : v) got.push_back(s.str());
        CHECK(got == std::vector<std::string>{"alpha", "alpha", "bravo", "charlie", "delta"});
        CHECK((InternedString("a") <=> InternedString("b")) == std::strong_ordering::less);
    }

    TEST_CASE("interned string: threads interning the same texts get the same copies") {
        std::vector<const std::string*> first(200), second(200);
        auto run = [](std::vector<const std::string*>& out) {
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = &InternedString("sentence number " + std::to_string(i)).str();
        };
        std::thread t1(run, std::ref(first)), t2(run, std::ref(second));
        t1.join();
        t2.join();
        CHECK(first == second);
    }
}
