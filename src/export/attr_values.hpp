#pragma once
// Attribute values the XML formats (GraphML, GEXF) share: lists, maps and evidence written as
// compact JSON inside one attribute (XML attributes hold only text), the documents and dates an
// element's evidence cites, and a type colour as r, g, b. Readers for the same JSON shapes.
#include <array>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "export/graph_builder.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::exporters {

/// Names the value being written in an error message; called only when there is an error.
using WhatFn = std::function<std::string()>;

/// The shapes below appended to `out`, for writers that reuse one buffer for every value.
void append_json_strings(std::string& out, const std::vector<std::string>& items,
                         const WhatFn& what);
void append_json_map(std::string& out, const std::map<std::string, std::string>& items,
                     const WhatFn& what);
void append_json_evidence(std::string& out, const KnowledgeGraph& kg,
                          const std::vector<Provenance>& evidence, const WhatFn& what);
void append_json_documents(std::string& out, const KnowledgeGraph& kg,
                           const std::vector<Provenance>& evidence, const WhatFn& what);

/// `["a","b"]`.
std::string json_strings(const std::vector<std::string>& items, const std::string& what);
/// `{"k":"v"}`.
std::string json_map(const std::map<std::string, std::string>& items, const std::string& what);
/// `[{"doc","date","sentence","span":[b,e],"quote"}]`; a DocId the graph does not list is an
/// ExportError naming `what`.
std::string json_evidence(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence,
                          const std::string& what);
/// The sorted, unique file names `evidence` cites, as a JSON array.
std::string json_documents(const KnowledgeGraph& kg, const std::vector<Provenance>& evidence,
                           const std::string& what);

/// Earliest and latest document date of `evidence` ("" and "" when none is dated).
std::pair<std::string, std::string> date_range(const KnowledgeGraph& kg,
                                               const std::vector<Provenance>& evidence);

/// The red, green and blue bytes of "#RRGGBB" (a missing colour is grey, see color_or_default).
std::array<int, 3> rgb(const std::string& color);

/// Readers of the shapes above. An empty text is an empty value; anything else malformed is a
/// kg::InputError naming `where`. Evidence documents must be registered with `b` already.
std::vector<Provenance> read_json_evidence(GraphBuilder& b, const std::string& text,
                                           const std::string& where);
std::vector<std::string> read_json_strings(GraphBuilder& b, const std::string& text,
                                           const std::string& what);
std::map<std::string, std::string> read_json_map(GraphBuilder& b, const std::string& text,
                                                 const std::string& what);

}  // namespace kg::exporters
