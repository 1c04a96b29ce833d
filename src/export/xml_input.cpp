#include "export/xml_input.hpp"

#include <cstdio>
#include <iterator>
#include <string>

#include "util/text.hpp"

namespace kg::exporters {

void load_xml(pugi::xml_document& doc, std::istream& is, unsigned options, const GraphBuilder& b) {
    const std::string text((std::istreambuf_iterator<char>(is)), std::istreambuf_iterator<char>());
    if (is.bad()) b.fail("KG-E104", "", "read error.");
    // pugixml takes the bytes as they are; checked here, bad bytes are reported where they are
    // instead of surfacing later as an unwritable label.
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        b.fail("KG-E450", "", "encoded as UTF-16; kgraph reads UTF-8 XML only.");
    if (const auto bad = text::find_invalid_utf8(text))
        b.fail("KG-E450", "", "invalid UTF-8 at byte " + std::to_string(*bad) + ".");
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", c);
            b.fail("KG-E450", "",
                   std::string("control character ") + code + " at byte " + std::to_string(i) +
                       ", which XML 1.0 does not allow.");
        }
    }
    const auto res = doc.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
    if (!res)
        b.fail("KG-E450", "",
               "not well-formed XML at byte " + std::to_string(res.offset) + ": " +
                   res.description() + ".");
    // Depth-first walk without recursion: down to the first child, else to the next sibling of
    // the nearest ancestor that has one.
    std::size_t depth = 0;
    pugi::xml_node n = doc.first_child();
    while (n) {
        if (n.type() == pugi::node_element && depth + 1 > kMaxXmlDepth)
            b.fail("KG-E452", "",
                   "elements nested deeper than " + std::to_string(kMaxXmlDepth) + " levels (<" +
                       n.name() + "> at byte " + std::to_string(n.offset_debug()) + ").");
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (n && !n.next_sibling()) {
            n = n.parent();
            if (n == doc) return;
            --depth;
        }
        if (n) n = n.next_sibling();
    }
}

}  // namespace kg::exporters
