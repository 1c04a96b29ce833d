#pragma once
// Finding an entity by what a user types: its id, label or an alias, ignoring case, accents,
// hyphens and punctuation ("shin wonsik", "Shin Won-sik" and "person:shin-won-sik" all work).
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

/// Every entity `name` denotes: an exact id wins outright; otherwise all entities whose label
/// or an alias has the same lenient key. O(V · aliases).
std::vector<Vertex> find_by_name(const KnowledgeGraph& kg, std::string_view name);

/// The one entity `name` denotes. Throws kg::QueryError (one line) listing the candidates (with
/// type and id) when it is ambiguous (KG-E410). When nothing matches (KG-E411) it suggests the
/// entities whose label or alias contains `name` as whole words ("Kihara" -> "Minoru Kihara"),
/// else those within a small edit distance; it never picks one of them silently.
Vertex resolve_name(const KnowledgeGraph& kg, std::string_view name);

}  // namespace kg
