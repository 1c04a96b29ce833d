#pragma once
// The explicit component registry (no static self-registration: a static library's linker may
// drop such translation units and the component silently vanishes).
#include <map>
#include <string>
#include <vector>

#include "extract/component.hpp"

namespace kg::extract {

class ComponentRegistry {
  public:
    /// Registers `factory` under `name`; a second registration of a name is an OntologyError.
    void add(const std::string& name, ComponentFactory factory);
    /// The factory for `name`; throws kg::OntologyError listing the known names when unknown.
    const ComponentFactory& get(const std::string& name) const;
    std::vector<std::string> names() const;

  private:
    std::map<std::string, ComponentFactory> factories_;
};

/// Registers every built-in component: sentence_splitter, gazetteer_ruler, person_ruler,
/// person_resolver, office_linker.
void register_builtin_components(ComponentRegistry& registry);

}  // namespace kg::extract
