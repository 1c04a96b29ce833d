#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <sstream>

#include "export/escape.hpp"

using namespace kg::exporters;

TEST_SUITE("export/escape") {
    TEST_CASE("escape: sanitize_xml_text replaces characters XML 1.0 forbids with U+FFFD") {
        CHECK(sanitize_xml_text("plain <&> \"text\"") == "plain <&> \"text\"");
        CHECK(sanitize_xml_text("tab\tnl\ncr\r") == "tab\tnl\ncr\r");
        CHECK(sanitize_xml_text(std::string("a\0b", 3)) ==
              "a\xEF\xBF\xBD"
              "b");
        CHECK(sanitize_xml_text("\x01\x1F") == "\xEF\xBF\xBD\xEF\xBF\xBD");
        CHECK(sanitize_xml_text("x\xEF\xBF\xBEy") == "x\xEF\xBF\xBDy");  // U+FFFE
        CHECK(sanitize_xml_text("x\xEF\xBF\xBFy") == "x\xEF\xBF\xBDy");  // U+FFFF
        CHECK(sanitize_xml_text("caf\xE9") == "caf\xEF\xBF\xBD");        // Latin-1, not UTF-8
        CHECK(sanitize_xml_text("Müller 신원식 😀") == "Müller 신원식 😀");
    }

    TEST_CASE("escape: dot_quoted quotes and escapes backslash, quote and newline") {
        CHECK(dot_quoted("node") == "\"node\"");
        CHECK(dot_quoted("a\"b") == "\"a\\\"b\"");
        CHECK(dot_quoted("C:\\dir\\") == "\"C:\\\\dir\\\\\"");
        CHECK(dot_quoted("one\ntwo") == "\"one\\ntwo\"");
        CHECK(dot_quoted("one\r\ntwo") == "\"one\\ntwo\"");
        CHECK(dot_quoted("t\tab") == "\"t ab\"");
        CHECK(dot_quoted("bell\x07") == "\"bell\xEF\xBF\xBD\"");
        CHECK(dot_quoted("a & b") == "\"a & b\"");
        CHECK(dot_quoted_label("a & b") == "\"a &amp; b\"");
        CHECK(dot_quoted("Müller") == "\"Müller\"");
    }

    TEST_CASE("escape: percent_encode keeps only unreserved characters") {
        CHECK(percent_encode("shin-won-sik_1.txt~") == "shin-won-sik_1.txt~");
        CHECK(percent_encode("a b/c#d") == "a%20b%2Fc%23d");
        CHECK(percent_encode("ü") == "%C3%BC");
        CHECK(percent_encode("100%") == "100%25");
    }

    TEST_CASE("escape: format_double writes the shortest exact text") {
        CHECK(format_double(1.0) == "1");
        CHECK(format_double(0.625) == "0.625");
        CHECK(format_double(0.1) == "0.1");
        CHECK(format_double(3.0) == "3");
    }

    TEST_CASE("escape: append_xml_escaped writes what pugixml writes for the sanitised text") {
        // The GraphML writer streams its own XML; files must stay as they were when pugixml
        // wrote them from sanitize_xml_text()'s output.
        const std::string samples[] = {"plain",
                                       "<b>&amp; \"q\" 'a'",
                                       "tab\tnl\ncr\r\n",
                                       std::string("n\0ul", 4),
                                       "\x01\x08\x0B\x1F",
                                       "caf\xE9 \xFF",
                                       "x\xEF\xBF\xBEy",
                                       "Müller 신원식 😀 — “x”",
                                       "a]]>b",
                                       "",
                                       "&#10;"};
        for (const auto& s : samples) {
            pugi::xml_document doc;
            auto e = doc.append_child("e");
            e.append_attribute("a").set_value(sanitize_xml_text(s).c_str());
            e.append_child(pugi::node_pcdata).set_value(sanitize_xml_text(s).c_str());
            std::ostringstream os;
            doc.save(os, "", pugi::format_raw | pugi::format_no_declaration);
            std::string mine = "<e a=\"";
            append_xml_escaped(mine, s, true);
            mine += "\">";
            append_xml_escaped(mine, s, false);
            mine += "</e>";
            CAPTURE(s);
            CHECK(mine == os.str());
        }
    }
}
