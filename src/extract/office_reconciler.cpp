#include "extract/office_reconciler.hpp"

#include <map>
#include <set>
#include <utility>

#include "util/text.hpp"

namespace kg::extract {
namespace {

// Documents and DocumentFacts carry the same mentions and relations; one body serves both.
template <class Doc>
void reconcile(std::vector<Doc>& docs, const Lexicon& lexicon) {
    std::map<std::pair<std::string, std::string>, std::set<std::string>> explicit_country;
    for (const auto& d : docs)
        for (const auto& r : d.relations)
            if (r.type == "holds-office" && r.confidence >= 1.0) {
                const auto& office = d.mentions[r.tail];
                explicit_country[{text::slugify(d.mentions[r.head].label), office.post}].insert(
                    office.country);
            }
    for (auto& d : docs) {
        // office mention -> its office-of candidates, so a rewrite does not rescan the document
        std::multimap<std::size_t, std::size_t> office_of;
        for (std::size_t i = 0; i < d.relations.size(); ++i)
            if (d.relations[i].type == "office-of") office_of.emplace(d.relations[i].head, i);
        for (auto& r : d.relations) {
            if (r.type != "holds-office" || r.confidence >= 1.0) continue;
            auto& office = d.mentions[r.tail];
            const auto it =
                explicit_country.find({text::slugify(d.mentions[r.head].label), office.post});
            if (it == explicit_country.end() || it->second.size() != 1) continue;
            const std::string country = *it->second.begin();
            if (country == office.country) continue;
            // Rewrite the office and the country it implied, and its office-of candidate.
            for (auto [it2, end] = office_of.equal_range(r.tail); it2 != end; ++it2) {
                auto& o = d.relations[it2->second];
                auto& c = d.mentions[o.tail];
                if (c.rule == "implied_by_title") c.label = c.surface = country;
                o.confidence = 0.9;
            }
            office.country = country;
            office.label = lexicon.office_title(office.post, country) + " (" + country + ")";
            r.confidence = 0.9;
        }
    }
}

}  // namespace

void reconcile_offices(std::vector<Document>& docs, const Lexicon& lexicon) {
    reconcile(docs, lexicon);
}
void reconcile_offices(std::vector<DocumentFacts>& docs, const Lexicon& lexicon) {
    reconcile(docs, lexicon);
}

}  // namespace kg::extract
