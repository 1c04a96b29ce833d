#pragma once
// Escaping helpers shared by the writers: XML 1.0 character sanitising (GraphML), DOT string
// quoting, IRI segment percent-encoding (JSON-LD) and locale-independent number formatting.
#include <string>
#include <string_view>

namespace kg::exporters {

/// `s` with every character XML 1.0 forbids (C0 controls except tab, newline and carriage
/// return; U+FFFE; U+FFFF) and every invalid UTF-8 byte replaced by U+FFFD. Markup characters
/// (`<`, `&`, quotes) are left alone: the XML library escapes those. O(|s|).
std::string sanitize_xml_text(std::string_view s);

/// Appends `s` to `out` as XML character data, sanitised as above, byte for byte as pugixml writes
/// it: in text `&`, `<` and `>` escaped; in an attribute (`in_attribute`) `&`, `<`, `"`, tab,
/// newline and carriage return, so that the value keeps its whitespace. O(|s|).
void append_xml_escaped(std::string& out, std::string_view s, bool in_attribute);

/// `s` as a double-quoted DOT string: `\` and `"` are backslash-escaped, a newline (or a lone
/// carriage return) becomes `\n`, a tab becomes a space, other control characters and invalid
/// UTF-8 become U+FFFD. Quoting every id this way makes DOT keywords harmless. O(|s|).
std::string dot_quoted(std::string_view s);

/// Like dot_quoted(), and also writes `&` as `&amp;`, because Graphviz decodes HTML entities in
/// labels: "AT&amp;T" would otherwise be shown as "AT&T". For labels only, not ids. O(|s|).
std::string dot_quoted_label(std::string_view s);

/// Percent-encodes every byte of `s` outside RFC 3986's unreserved set (A-Z a-z 0-9 - . _ ~), so
/// the result is safe as one IRI path segment or fragment. O(|s|).
std::string percent_encode(std::string_view s);

/// `color` when it is set, else a neutral grey ("#808080"): styles are optional in the ontology.
std::string color_or_default(const std::string& color);

/// The shortest decimal text that reads back as exactly `v` ("1", "0.75"); `v` must be finite.
std::string format_double(double v);

}  // namespace kg::exporters
