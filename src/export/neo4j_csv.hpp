#pragma once
// CSV files for Neo4j's bulk importer (`neo4j-admin database import full`,
// https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/),
// written as a folder `NAME.neo4j/`:
//   nodes_<Type>.csv          one per entity type present:
//     :ID,name,aliases:string[],mentions:int,first_seen:date,last_seen:date,documents:string[],:LABEL
//   relationships_<TYPE>.csv  one per relation type present (TYPE = HOLDS_OFFICE, ...):
//     :START_ID,:END_ID,:TYPE,confidence:double,inferred:boolean,mentions:int,first_seen:date,
//     last_seen:date,documents:string[]
//   import.sh                 the neo4j-admin command that loads them (`sh import.sh [DB]`).
// :ID is the kgraph entity id (one global ID space). Every field is double-quoted with `"`
// doubled; newlines, tabs and control characters become spaces (the importer would need
// --multiline-fields otherwise) and `;`, the array delimiter, becomes `,` inside array items.
// Dates that are not full YYYY-MM-DD are left empty. Not read back by kgraph.
#include "export/format.hpp"
#include "util/error.hpp"

namespace kg::exporters {

/// Writes the CSV files and import.sh into the existing folder `dir`. Throws kg::ExportError
/// when a file cannot be written or a value is not valid UTF-8.
void write_neo4j_csv(const KnowledgeGraph& kg, const std::filesystem::path& dir,
                     const ExportOptions& opts = {});

class Neo4jCsvFormat final : public Format {
  public:
    std::string_view name() const noexcept override { return "neo4j"; }
    std::vector<std::string_view> extensions() const noexcept override { return {".neo4j"}; }
    std::string_view description() const noexcept override {
        return "a folder of Neo4j bulk-import CSVs, nodes per label, relationships per type";
    }
    void write(const KnowledgeGraph&, std::ostream&, const ExportOptions&) const override {
        throw ExportError("KG-E412", "neo4j: written as a folder, not a stream.");
    }
    bool writes_folder() const noexcept override { return true; }
    void write_folder(const KnowledgeGraph& kg, const std::filesystem::path& dir,
                      const ExportOptions& opts) const override {
        write_neo4j_csv(kg, dir, opts);
    }
};

}  // namespace kg::exporters
