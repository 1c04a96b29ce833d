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
        CHECK(a.str().data() == b.str().data());
        CHECK(a.str() == text);
        CHECK(a.size() == text.size());
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
        for (const auto& s : v) got.push_back(std::string(s.str()));
        CHECK(got == std::vector<std::string>{"alpha", "alpha", "bravo", "charlie", "delta"});
        CHECK((InternedString("a") <=> InternedString("b")) == std::strong_ordering::less);
    }

    TEST_CASE("interned string: threads interning the same texts get the same copies") {
        std::vector<const char*> first(200), second(200);
        auto run = [](std::vector<const char*>& out) {
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = InternedString("sentence number " + std::to_string(i)).str().data();
        };
        std::thread t1(run, std::ref(first)), t2(run, std::ref(second));
        t1.join();
        t2.join();
        CHECK(first == second);
    }

    TEST_CASE("interned string: many texts, long ones and NULs keep their exact bytes") {
        // Enough texts to grow every shard's table several times and fill more than one block.
        std::vector<std::string> texts;
        for (int i = 0; i < 20000; ++i) texts.push_back("text " + std::to_string(i));
        texts.push_back(std::string(3 << 20, 'x'));  // larger than a block
        texts.push_back(std::string("nul\0inside", 10));
        std::vector<InternedString> a(texts.begin(), texts.end());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            CHECK(a[i].str() == texts[i]);
            CHECK(InternedString(texts[i]).str().data() == a[i].str().data());
        }
        CHECK(InternedString(std::string("nul", 3)) != a.back());
    }
}
