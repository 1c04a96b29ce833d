#include "export/format.hpp"

#include <charconv>
#include <cstdlib>
#include <fstream>

#include "util/atomic_file.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::exporters {
namespace fs = std::filesystem;

KnowledgeGraph Format::read(std::istream& /*is*/, std::shared_ptr<const Ontology> /*ontology*/,
                            const std::string& origin) const {
    throw InputError("KG-E460", origin + ": kgraph cannot read " + std::string(name()) +
                                    " files back (it writes them for viewing only).");
}

void Format::write_folder(const KnowledgeGraph& /*kg*/, const fs::path& dir,
                          const ExportOptions& /*opts*/) const {
    throw ExportError("KG-E412", dir.string() + ": " + std::string(name()) +
                                     " is written as one file, not a folder.");
}

namespace {
// Marks a folder kgraph wrote, so that writing it again may replace it.
constexpr const char* kFolderMark = ".kgraph-export";

void write_folder_atomically(const Format& format, const KnowledgeGraph& kg, const fs::path& path,
                             const ExportOptions& opts) {
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::exists(path / kFolderMark, ec))
        throw ExportError(
            "KG-E413", path.string() + ": exists and was not written by kgraph; not replacing it.");
    const fs::path tmp = path.string() + ".tmp-kgraph";
    fs::remove_all(tmp, ec);
    if (!fs::create_directories(tmp, ec) || ec)
        throw ExportError("KG-E414", tmp.string() + ": cannot create folder: " + ec.message());
    try {
        format.write_folder(kg, tmp, opts);
        write_file_atomically(tmp / kFolderMark, [](std::ostream& os) { os << "kgraph\n"; });
        const fs::path old = path.string() + ".old-kgraph";
        fs::remove_all(old, ec);
        if (fs::exists(path)) fs::rename(path, old);
        fs::rename(tmp, path);
        fs::remove_all(old, ec);
    } catch (const fs::filesystem_error& e) {
        fs::remove_all(tmp, ec);
        throw ExportError("KG-E414", path.string() + ": cannot write folder: " + e.what());
    } catch (...) {
        fs::remove_all(tmp, ec);
        throw;
    }
}

std::string known_extensions() {
    std::string out;
    for (const auto& f : formats())
        for (const auto ext : f->extensions()) out += (out.empty() ? "" : ", ") + std::string(ext);
    return out;
}

std::string known_names() {
    std::string out;
    for (const auto& f : formats()) out += (out.empty() ? "" : ", ") + std::string(f->name());
    return out;
}
}  // namespace

const Format& format_for_path(const fs::path& path) {
    const std::string ext = path.extension().string();
    for (const auto& f : formats())
        for (const auto known : f->extensions())
            if (!ext.empty() && text::iequals(ext, known)) return *f;
    throw ExportError("KG-E410", path.string() + ": unknown graph file extension '" + ext +
                                     "' (known: " + known_extensions() + ").");
}

const Format& format_by_name(std::string_view name) {
    for (const auto& f : formats())
        if (text::iequals(name, f->name())) return *f;
    throw ExportError("KG-E411", "unknown graph format '" + std::string(name) +
                                     "' (known: " + known_names() + ").");
}

void write_graph_file(const KnowledgeGraph& kg, const fs::path& path, const ExportOptions& opts,
                      std::string_view format_name) {
    const Format& format =
        format_name.empty() ? format_for_path(path) : format_by_name(format_name);
    if (format.writes_folder()) {
        write_folder_atomically(format, kg, path, opts);
        return;
    }
    write_file_atomically(path, [&](std::ostream& os) { format.write(kg, os, opts); });
}

std::uintmax_t max_graph_file_bytes() {
    const char* env = std::getenv("KGRAPH_MAX_GRAPH_BYTES");
    if (!env || !*env) return kMaxGraphFileBytes;
    std::uintmax_t value = 0;
    const std::string_view text(env);
    const auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (err != std::errc() || end != text.data() + text.size() || value == 0)
        throw InputError("KG-E105", "KGRAPH_MAX_GRAPH_BYTES='" + std::string(text) +
                                        "': expected a positive whole number of bytes.");
    return value;
}

KnowledgeGraph read_graph_file(const fs::path& path, std::shared_ptr<const Ontology> ontology) {
    const Format* format = nullptr;
    try {
        format = &format_for_path(path);
    } catch (const ExportError& e) {
        throw InputError("KG-E461", e.what());
    }
    if (!format->can_read())
        throw InputError("KG-E460", path.string() + ": kgraph cannot read " +
                                        std::string(format->name()) +
                                        " files back; use GraphML, GEXF or JSON-LD.");
    std::error_code ec;
    if (!fs::exists(path, ec)) throw InputError("KG-E101", path.string() + ": no such file.");
    if (fs::is_directory(path, ec))
        throw InputError("KG-E102", path.string() + ": is a folder, expected a file.");
    if (const auto size = fs::file_size(path, ec), limit = max_graph_file_bytes();
        !ec && size > limit)
        throw InputError("KG-E103", path.string() + ": file is " + std::to_string(size) +
                                        " bytes, over the limit of " + std::to_string(limit) +
                                        " bytes (reading needs a few times that in memory; set "
                                        "KGRAPH_MAX_GRAPH_BYTES to raise it).");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("KG-E104", path.string() + ": cannot open for reading.");
    return format->read(in, std::move(ontology), path.string());
}

}  // namespace kg::exporters
