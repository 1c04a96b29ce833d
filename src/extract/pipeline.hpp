#pragma once
// The ordered list of components read from ontology/pipeline.json, validated at build time.
#include <filesystem>
#include <memory>
#include <vector>

#include "extract/component.hpp"
#include "extract/registry.hpp"

namespace kg::extract {

class Pipeline {
  public:
    /// Builds the components listed in `ontology_dir`/pipeline.json ("components": [{"name",
    /// "config"}]) from `registry`. Throws kg::OntologyError when a name is unknown, a config
    /// key is unknown, or a component requires a field no earlier component assigns
    /// ("doc.text" and "doc.info" are given).
    static Pipeline build(const std::filesystem::path& ontology_dir,
                          const ComponentRegistry& registry, std::shared_ptr<const Lexicon> lexicon,
                          const Ontology& ontology);

    /// Builds from component names with empty configs (tests), validated the same way.
    static Pipeline from_names(const std::vector<std::string>& names,
                               const ComponentRegistry& registry,
                               std::shared_ptr<const Lexicon> lexicon, const Ontology& ontology);

    /// Runs every component over `doc` in order.
    void run(Document& doc) const;

    const std::vector<std::unique_ptr<Component>>& components() const noexcept {
        return components_;
    }

  private:
    void validate(const std::string& origin) const;

    std::shared_ptr<const Lexicon> lexicon_;
    std::vector<std::unique_ptr<Component>> components_;
};

/// Fills doc.text, doc.to_original from doc.original (normalization, the pipeline's input).
void prepare_document(Document& doc);

}  // namespace kg::extract
