#include "cli/common.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "export/format.hpp"
#include "util/error.hpp"

namespace kg::cli {

std::shared_ptr<const Ontology> load_ontology(const std::string& dir) {
    return std::make_shared<const Ontology>(
        Ontology::load(default_ontology_dir(std::filesystem::path(dir))));
}

std::string describe_formats() {
    std::string out;
    for (const auto& f : exporters::formats()) {
        if (!out.empty()) out += "; ";
        const auto exts = f->extensions();
        for (std::size_t i = 0; i < exts.size(); ++i) {
            if (i > 0) out += " or ";
            out += exts[i];
        }
        out += ": ";
        out += f->description();
    }
    return out;
}

std::string one_line(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    // Other control characters (an ESC from a hostile file name or label) would reach the terminal.
    std::replace_if(
        text.begin(), text.end(),
        [](char c) { return (static_cast<unsigned char>(c) < 0x20) || c == '\x7f'; }, '?');
    return text;
}

void print_diagnostics(std::ostream& err, const std::vector<extract::Diagnostic>& diagnostics) {
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& d : diagnostics) {
        if (!seen.emplace(d.input, d.message).second) continue;
        err << "kgraph: warning: " << one_line(d.input) << ": " << one_line(d.message) << '\n';
    }
}

}  // namespace kg::cli
