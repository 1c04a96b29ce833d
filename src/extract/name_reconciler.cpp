#include "extract/name_reconciler.hpp"

#include <set>
#include <utility>

namespace kg::extract {
namespace {

// Documents and DocumentFacts carry the same mentions; one body serves both.
template <class Doc>
void reconcile(std::vector<Doc>& docs) {
    std::set<std::pair<MentionKind, std::string>> known;
    for (const auto& d : docs)
        for (const auto& m : d.mentions) known.emplace(m.kind, m.label);
    for (auto& d : docs)
        for (auto& m : d.mentions)
            if (!m.alt_label.empty() && known.count({m.kind, m.alt_label})) m.label = m.alt_label;
}

}  // namespace

void reconcile_names(std::vector<Document>& docs) { reconcile(docs); }
void reconcile_names(std::vector<DocumentFacts>& docs) { reconcile(docs); }

}  // namespace kg::extract
