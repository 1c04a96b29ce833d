// The explicit list of formats: adding a format is one line here (no static self-registration,
// so the order and the set are visible in one place).
#include "export/dot.hpp"
#include "export/format.hpp"
#include "export/gexf.hpp"
#include "export/graphml.hpp"
#include "export/jsonld.hpp"
#include "export/neo4j_csv.hpp"
#include "export/nquads.hpp"

namespace kg::exporters {

const std::vector<std::unique_ptr<Format>>& formats() {
    static const std::vector<std::unique_ptr<Format>> all = [] {
        std::vector<std::unique_ptr<Format>> v;
        v.push_back(std::make_unique<GraphmlFormat>());
        v.push_back(std::make_unique<GexfFormat>());
        v.push_back(std::make_unique<JsonldFormat>());
        v.push_back(std::make_unique<DotFormat>());
        v.push_back(std::make_unique<NquadsFormat>());
        v.push_back(std::make_unique<NtriplesFormat>());
        v.push_back(std::make_unique<Neo4jCsvFormat>());
        return v;
    }();
    return all;
}

}  // namespace kg::exporters
