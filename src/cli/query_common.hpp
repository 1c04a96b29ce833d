#pragma once
// What the query subcommands (path, centrality, neighbors, show, timeline) share: the GRAPH
// argument (a graph file or a folder of articles built on the fly), the time filters, --json,
// and the JSON shapes of entities and evidence (documented in docs/queries.md).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/filters.hpp"
#include "graph/knowledge_graph.hpp"

namespace kg::cli {

struct QueryInput {
    std::string graph;         ///< .graphml / .jsonld file, or a folder of articles
    std::string ontology_dir;  ///< empty: kg::default_ontology_dir()
    std::string since, until, as_of;
    bool json = false;
};

/// Loads GRAPH: reads a graph file, or builds the graph of a folder (or .txt file) of articles,
/// printing skipped articles and other warnings of that build on `err` (the answer still
/// comes on stdout, so --json stays parseable). Throws kg::InputError on unusable input.
KnowledgeGraph load_query_graph(const QueryInput& in, std::ostream& err);

/// The time window of --since/--until/--as-of (as-of D = until D) as a FactFilter.
FactFilter time_filter(const QueryInput& in);

/// Relation type ids from names (--via, --edge); unknown names are a QueryError listing the known.
std::set<RelationTypeId> relation_types(const KnowledgeGraph& kg,
                                        const std::vector<std::string>& names);

/// Entity type ids from names (--type); unknown names are a QueryError listing the known.
std::set<EntityTypeId> entity_types(const KnowledgeGraph& kg,
                                    const std::vector<std::string>& names);

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

/// Throws kg::ExportError when a RapidJSON writer call failed (it returns false, e.g. on NaN).
void check(bool ok);
void write_string(JsonWriter& w, std::string_view s);
/// {"id", "label", "type"}
void write_entity_ref(JsonWriter& w, const KnowledgeGraph& kg, Vertex v);
/// [{"doc", "date", "sentence", "span": [b, e], "quote"}]
void write_evidence(JsonWriter& w, const KnowledgeGraph& kg,
                    const std::vector<Provenance>& evidence);

/// `text` (a command's own notes and examples) followed by what every query shares: GRAPH,
/// name matching, time filters and where the JSON shapes are documented.
std::string query_footer(std::string_view text);

/// Prints one `describe(kg, p)` line per evidence sentence, each (document, sentence) once, at
/// most `limit` (0: all), then how many were left out.
void print_evidence(std::ostream& out, const KnowledgeGraph& kg,
                    const std::vector<Provenance>& evidence, std::string_view indent,
                    std::size_t limit);

/// "label (Type)" for tables.
std::string describe(const KnowledgeGraph& kg, Vertex v);
/// One evidence line for tables: `doc (date), sentence N: "quote"`.
std::string describe(const KnowledgeGraph& kg, const Provenance& p);

}  // namespace kg::cli
