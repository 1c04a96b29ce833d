#include "export/neo4j_csv.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "export/attr_values.hpp"
#include "export/escape.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::exporters {
namespace {

/// One CSV field, quoted; `array` items also lose the array delimiter.
std::string field(std::string_view s, const std::string& what, bool array_item = false) {
    if (const auto at = text::find_invalid_utf8(s))
        throw ExportError("KG-E405", "Neo4j CSV: " + what + " is not valid UTF-8 (byte " +
                                         std::to_string(*at) + ").");
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F)
            out += ' ';
        else if (ch == '"')
            out += "\"\"";
        else if (ch == ';' && array_item)
            out += ',';
        else
            out += ch;
    }
    return out;
}

std::string quoted(std::string_view s, const std::string& what) {
    return "\"" + field(s, what) + "\"";
}

std::string array(const std::vector<std::string>& items, const std::string& what) {
    std::string out = "\"";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ";" : "") + field(items[i], what, true);
    return out + "\"";
}

std::string full_date(const std::string& d) {
    const bool ok =
        d.size() == 10 && d[4] == '-' && d[7] == '-' && std::all_of(d.begin(), d.end(), [](char c) {
            return c == '-' || std::isdigit(static_cast<unsigned char>(c));
        });
    return ok ? d : std::string();
}

std::vector<std::string> files_of(const KnowledgeGraph& kg, const std::vector<Provenance>& ev) {
    std::set<std::string> files;
    for (const auto& p : ev)
        if (p.doc < kg.documents().size()) files.insert(kg.documents()[p.doc].file);
    return {files.begin(), files.end()};
}

/// "co-chaired" -> "CO_CHAIRED", Neo4j's convention for relationship types.
std::string neo4j_type(const std::string& id) {
    std::string out;
    for (const char c : id)
        out += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

void write_neo4j_csv(const KnowledgeGraph& kg, const std::filesystem::path& dir,
                     const ExportOptions& opts) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    std::map<std::string, std::string> files;  // file name -> content
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        const std::string what = "entity '" + e.id + "'";
        const std::string& type = onto.entity(e.type).id;
        std::string& f = files["nodes_" + type + ".csv"];
        if (f.empty())
            f = ":ID,name,aliases:string[],mentions:int,first_seen:date,last_seen:date,"
                "documents:string[],:LABEL\n";
        const auto [first, last] = date_range(kg, e.evidence);
        f += quoted(e.id, what) + "," + quoted(e.label, what) + "," + array(e.aliases, what) + "," +
             std::to_string(e.evidence.size()) + "," + full_date(first) + "," + full_date(last) +
             "," +
             array(opts.include_provenance ? files_of(kg, e.evidence) : std::vector<std::string>{},
                   what) +
             "," + quoted(type, what) + "\n";
    }
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        const std::string what = "relation '" + kg.fact_id(ed) + "'";
        const std::string type = neo4j_type(onto.relation(r.type).id);
        std::string& f = files["relationships_" + type + ".csv"];
        if (f.empty())
            f = ":START_ID,:END_ID,:TYPE,confidence:double,inferred:boolean,mentions:int,"
                "first_seen:date,last_seen:date,documents:string[]\n";
        const auto [first, last] = date_range(kg, r.evidence);
        f += quoted(g[boost::source(ed, g)].id, what) + "," +
             quoted(g[boost::target(ed, g)].id, what) + "," + type + "," +
             format_double(r.confidence) + "," + (r.inferred ? "true" : "false") + "," +
             std::to_string(r.evidence.size()) + "," + full_date(first) + "," + full_date(last) +
             "," +
             array(opts.include_provenance ? files_of(kg, r.evidence) : std::vector<std::string>{},
                   what) +
             "\n";
    }
    std::string script =
        "#!/bin/sh\n# Loads this folder into a new Neo4j database (default: neo4j; stop it "
        "first).\n"
        "cd \"$(dirname \"$0\")\" && neo4j-admin database import full --overwrite-destination "
        "--array-delimiter=';'";
    for (const auto& [name, content] : files)
        script += name.starts_with("nodes_") ? " --nodes=" + name : " --relationships=" + name;
    script += " \"${1:-neo4j}\"\n";
    files["import.sh"] = script;
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    for (const auto& file : files)
        write_file_atomically(dir / file.first, [&](std::ostream& os) { os << file.second; });
}

}  // namespace kg::exporters
