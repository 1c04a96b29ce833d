#pragma once
// Facts files: the per-document facts of a corpus as JSON Lines, one header line then one line per
// document in build order. `kgraph extract` writes one per shard, `kgraph merge` assembles them,
// and `kgraph build --facts` keeps one next to the graph so that `kgraph add` / `kgraph remove`
// can re-assemble without extracting the old articles again. Being plain JSON Lines, the same
// files can be split and read by a distributed engine (Spark's spark.read.json, Dask) or turned
// into node/edge CSVs for a bulk graph-store import.
#include <filesystem>
#include <string>
#include <vector>

#include "extract/document_facts.hpp"

namespace kg::extract {

/// Format version written in the header; a file of another version is refused.
inline constexpr int kFactsFormat = 1;

struct FactsHeader {
    std::string ontology_version;  ///< version of the ontology the facts were extracted with
    /// Absolute paths of the user gazetteers the extraction used (add reuses them).
    std::vector<std::string> gazetteers;
};

struct FactsFile {
    FactsHeader header;
    std::vector<DocumentFacts> documents;
};

/// Writes `facts` to `path` atomically. Throws kg::ExportError when it cannot be written.
void write_facts_file(const std::filesystem::path& path, const FactsFile& facts);

/// Reads a facts file. Throws kg::InputError naming the file, the line and the problem when it is
/// missing, not a kgraph facts file, of another format version, or malformed.
FactsFile read_facts_file(const std::filesystem::path& path);

}  // namespace kg::extract
