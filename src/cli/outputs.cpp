#include "cli/outputs.hpp"

#include <filesystem>
#include <iomanip>
#include <sstream>

#include "cli/summary.hpp"
#include "export/format.hpp"
#include "util/error.hpp"

namespace kg::cli {

std::string human_size(std::uintmax_t bytes) {
    std::ostringstream os;
    const double b = static_cast<double>(bytes);
    if (bytes < 1024) {
        os << bytes << " B";
    } else if (bytes < 1024 * 1024) {
        os << std::fixed << std::setprecision(1) << b / 1024.0 << " KiB";
    } else {
        os << std::fixed << std::setprecision(1) << b / (1024.0 * 1024.0) << " MiB";
    }
    return os.str();
}

std::vector<std::string> write_outputs(const KnowledgeGraph& kg,
                                       const std::vector<std::string>& outputs) {
    std::vector<std::string> written;
    for (const auto& output : outputs) {
        exporters::write_graph_file(kg, output);
        std::error_code ec;
        const auto size = std::filesystem::file_size(output, ec);
        written.push_back(output + " (" + std::string(exporters::format_for_path(output).name()) +
                          (ec ? "" : ", " + human_size(size)) + ")");
    }
    return written;
}

extract::FactsHeader facts_header(const Ontology& ontology,
                                  const std::vector<std::string>& gazetteers) {
    extract::FactsHeader h;
    h.ontology_version = ontology.version();
    for (const auto& g : gazetteers) h.gazetteers.push_back(std::filesystem::absolute(g).string());
    return h;
}

void check_facts_ontology(const std::string& file, const extract::FactsHeader& header,
                          const Ontology& ontology) {
    if (header.ontology_version != ontology.version())
        throw InputError("KG-E132", file + ": its facts were extracted with ontology version '" +
                                        header.ontology_version + "', this ontology is '" +
                                        ontology.version() +
                                        "'; extract the articles again (kgraph build/extract).");
}

void print_summary(std::ostream& out, const extract::BuildReport& report, const KnowledgeGraph& kg,
                   const std::vector<std::string>& written) {
    out << "articles: " << report.documents_read << " read (" << human_size(report.bytes_read)
        << "), " << report.documents_skipped << " skipped"
        << (report.documents_skipped > 0 ? " (listed on stderr)" : "") << '\n';
    print_counts(out, count_graph(kg));
    for (const auto& w : written) out << "wrote " << w << '\n';
}

}  // namespace kg::cli
