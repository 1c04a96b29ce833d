#pragma once
// A pipeline component (spaCy's pipe): a named, immutable function over a Document that declares
// which document fields it needs and which it fills in, so Pipeline can check the order at load.
#include <rapidjson/document.h>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "graph/ontology.hpp"

namespace kg::extract {

struct ComponentInfo {
    std::vector<std::string> requires_;  ///< e.g. {"doc.sentences"}
    std::vector<std::string> assigns;    ///< e.g. {"doc.mentions"}
};

class Component {
  public:
    virtual ~Component() = default;
    virtual std::string_view name() const noexcept = 0;
    virtual ComponentInfo info() const = 0;
    /// Runs over one document. Throws on a fault; the caller records it against the document.
    virtual void operator()(Document& doc) const = 0;
};

/// What a factory gets: the shared lexicon, the ontology and the component's "config" object
/// from pipeline.json (an empty object when absent). Factories reject unknown config keys.
struct ComponentContext {
    const Lexicon& lexicon;
    const Ontology& ontology;
    const rapidjson::Value& config;
    std::string origin;  ///< "pipeline.json: /components/2", for messages
};

using ComponentFactory = std::function<std::unique_ptr<Component>(const ComponentContext&)>;

/// Throws kg::OntologyError when `config` has a key not in `known`.
void check_config_keys(const ComponentContext& ctx, std::initializer_list<std::string_view> known);

/// The word list at config key `key` (empty when absent). Throws kg::OntologyError naming the
/// key when it is not an array of strings.
WordSet config_words(const ComponentContext& ctx, const char* key);

/// The word -> word map at config key `key` (empty when absent). Throws kg::OntologyError naming
/// the key when it is not an object of strings.
std::map<std::string, std::string, std::less<>> config_map(const ComponentContext& ctx,
                                                           const char* key);

}  // namespace kg::extract
