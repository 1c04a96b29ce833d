#pragma once
// Loading an XML graph file (GraphML, GEXF) with pugixml, with the limits every XML input gets:
// well-formedness reported with the byte offset, and a bound on element nesting.
#include <cstddef>
#include <istream>
#include <pugixml.hpp>

#include "export/graph_builder.hpp"

namespace kg::exporters {

/// Deepest element nesting accepted. GraphML and GEXF files nest about five levels; pugixml parses
/// deeper documents without recursion, but a 200,000-deep file is not a graph anyone meant, and
/// refusing it keeps every later tree walk cheap.
inline constexpr std::size_t kMaxXmlDepth = 256;

/// Loads `is` into `doc` (UTF-8, with `options`); not well-formed XML (KG-E450) and nesting
/// deeper than kMaxXmlDepth (KG-E452) fail through `b` with the byte offset or the element path.
void load_xml(pugi::xml_document& doc, std::istream& is, unsigned options, const GraphBuilder& b);

}  // namespace kg::exporters
