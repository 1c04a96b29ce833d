#pragma once
// The contract every file format implements, and the registry the CLI chooses formats from.
// One format = one file pair in src/export/ + one line in registry.cpp.
#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::exporters {

struct ExportOptions {
    bool include_provenance =
        true;  ///< evidence (document, sentence, span, quote) on nodes and edges
};

/// A graph file format. Writers iterate vertices in index order, edges in edges(g) order and
/// attributes in std::map order, so output is byte-identical for the same graph.
class Format {
  public:
    virtual ~Format() = default;
    virtual std::string_view name() const noexcept = 0;                     ///< "graphml"
    virtual std::vector<std::string_view> extensions() const noexcept = 0;  ///< {".graphml"}
    virtual std::string_view description() const noexcept = 0;
    virtual void write(const KnowledgeGraph& kg, std::ostream& os,
                       const ExportOptions& opts) const = 0;
    /// Formats made of several files (Neo4j CSVs) write a folder: write_folder() fills `dir`
    /// (created empty by write_graph_file) and write() is not used.
    virtual bool writes_folder() const noexcept { return false; }
    virtual void write_folder(const KnowledgeGraph& kg, const std::filesystem::path& dir,
                              const ExportOptions& opts) const;
    /// Whether read() is supported (kgraph reads back the formats that keep the whole graph).
    virtual bool can_read() const noexcept { return false; }
    /// Reads a file this format's write() produced. `origin` names the input in errors.
    virtual KnowledgeGraph read(std::istream& is, std::shared_ptr<const Ontology> ontology,
                                const std::string& origin) const;
};

/// All formats kgraph knows, in a fixed order.
const std::vector<std::unique_ptr<Format>>& formats();

/// The format for a file name's extension; throws kg::ExportError listing the known extensions.
const Format& format_for_path(const std::filesystem::path& path);

/// The format with this name; throws kg::ExportError listing the known names.
const Format& format_by_name(std::string_view name);

/// Writes `kg` to `path` atomically (temporary file + rename) in the format of its extension,
/// or `format_name` when given. A folder format writes a temporary sibling folder and renames it
/// into place (an existing folder of that name is replaced only when kgraph wrote it).
void write_graph_file(const KnowledgeGraph& kg, const std::filesystem::path& path,
                      const ExportOptions& opts = {}, std::string_view format_name = {});

/// Largest graph file read by default, in bytes: the readers hold the whole file and its parsed
/// tree in memory (a few times the file's size), so a bigger file is refused before it is read
/// rather than exhausting memory.
inline constexpr std::uintmax_t kMaxGraphFileBytes = std::uintmax_t{1} << 30;

/// The limit in force: KGRAPH_MAX_GRAPH_BYTES when set to a positive whole number (for a machine
/// with the memory for bigger graphs), else kMaxGraphFileBytes. A malformed value is an
/// InputError naming it.
std::uintmax_t max_graph_file_bytes();

/// Reads a graph file kgraph wrote (GraphML or JSON-LD), by extension. Throws kg::InputError
/// naming the file and the problem.
KnowledgeGraph read_graph_file(const std::filesystem::path& path,
                               std::shared_ptr<const Ontology> ontology);

}  // namespace kg::exporters
