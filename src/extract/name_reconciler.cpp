#include "extract/name_reconciler.hpp"

#include <set>
#include <utility>

namespace kg::extract {

void reconcile_names(std::vector<Document>& docs) {
    std::set<std::pair<MentionKind, std::string>> known;
    for (const auto& d : docs)
        for (const auto& m : d.mentions) known.emplace(m.kind, m.label);
    for (auto& d : docs)
        for (auto& m : d.mentions)
            if (!m.alt_label.empty() && known.count({m.kind, m.alt_label})) m.label = m.alt_label;
}

}  // namespace kg::extract
