#include "extract/pipeline.hpp"

#include <set>

#include "extract/text_normalizer.hpp"
#include "util/error.hpp"
#include "util/json.hpp"

namespace kg::extract {
namespace fs = std::filesystem;

void check_config_keys(const ComponentContext& ctx, std::initializer_list<std::string_view> known) {
    if (!ctx.config.IsObject())
        throw OntologyError("KG-E220", ctx.origin + ": /config: expected an object.");
    for (auto it = ctx.config.MemberBegin(); it != ctx.config.MemberEnd(); ++it) {
        const std::string_view key(it->name.GetString(), it->name.GetStringLength());
        bool ok = false;
        for (auto k : known) ok = ok || k == key;
        if (!ok)
            throw OntologyError(
                "KG-E221", ctx.origin + ": /config/" + std::string(key) + ": unknown setting.");
    }
}

WordSet config_words(const ComponentContext& ctx, const char* key) {
    WordSet out;
    if (!ctx.config.HasMember(key)) return out;
    const auto& v = ctx.config[key];
    if (!v.IsArray())
        throw OntologyError("KG-E221",
                            ctx.origin + ": /config/" + key + ": expected an array of strings.");
    for (const auto& w : v.GetArray()) {
        if (!w.IsString())
            throw OntologyError("KG-E221", ctx.origin + ": /config/" + key + ": expected strings.");
        out.insert(w.GetString());
    }
    return out;
}

std::map<std::string, std::string, std::less<>> config_map(const ComponentContext& ctx,
                                                           const char* key) {
    std::map<std::string, std::string, std::less<>> out;
    if (!ctx.config.HasMember(key)) return out;
    const auto& v = ctx.config[key];
    if (!v.IsObject())
        throw OntologyError("KG-E221",
                            ctx.origin + ": /config/" + key + ": expected an object of strings.");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
        if (!it->value.IsString())
            throw OntologyError("KG-E221", ctx.origin + ": /config/" + key + "/" +
                                               it->name.GetString() + ": expected a string.");
        out[it->name.GetString()] = it->value.GetString();
    }
    return out;
}

void ComponentRegistry::add(const std::string& name, ComponentFactory factory) {
    if (!factories_.emplace(name, std::move(factory)).second)
        throw OntologyError("KG-E222", "component '" + name + "' is registered twice.");
}

const ComponentFactory& ComponentRegistry::get(const std::string& name) const {
    const auto it = factories_.find(name);
    if (it == factories_.end()) {
        std::string known;
        for (const auto& [n, f] : factories_) known += (known.empty() ? "" : ", ") + n;
        throw OntologyError("KG-E223", "unknown component '" + name + "' (known: " + known + ").");
    }
    return it->second;
}

std::vector<std::string> ComponentRegistry::names() const {
    std::vector<std::string> out;
    for (const auto& [n, f] : factories_) out.push_back(n);
    return out;
}

Pipeline Pipeline::build(const fs::path& ontology_dir, const ComponentRegistry& registry,
                         std::shared_ptr<const Lexicon> lexicon, const Ontology& ontology) {
    const auto file = ontology_dir / "pipeline.json";
    rapidjson::Document doc;
    try {
        doc = json::parse_file(file);
    } catch (const InputError& e) {
        throw OntologyError("KG-E212", e.what());
    }
    const auto origin = file.string();
    if (!doc.IsObject() || !doc.HasMember("components") || !doc["components"].IsArray())
        throw OntologyError("KG-E224", origin + ": /components: expected an array.");
    Pipeline p;
    p.lexicon_ = std::move(lexicon);
    const rapidjson::Value empty(rapidjson::kObjectType);
    const auto& list = doc["components"];
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
        const auto where = origin + ": /components/" + std::to_string(i);
        const auto& c = list[i];
        if (!c.IsObject() || !c.HasMember("name") || !c["name"].IsString())
            throw OntologyError("KG-E224",
                                where + ": expected {\"name\": string, \"config\": {...}}.");
        const rapidjson::Value& config = c.HasMember("config") ? c["config"] : empty;
        ComponentContext ctx{*p.lexicon_, ontology, config, where};
        p.components_.push_back(registry.get(c["name"].GetString())(ctx));
    }
    p.validate(origin);
    return p;
}

Pipeline Pipeline::from_names(const std::vector<std::string>& names,
                              const ComponentRegistry& registry,
                              std::shared_ptr<const Lexicon> lexicon, const Ontology& ontology) {
    Pipeline p;
    p.lexicon_ = std::move(lexicon);
    const rapidjson::Value empty(rapidjson::kObjectType);
    for (const auto& n : names) {
        ComponentContext ctx{*p.lexicon_, ontology, empty, n};
        p.components_.push_back(registry.get(n)(ctx));
    }
    p.validate("pipeline");
    return p;
}

void Pipeline::validate(const std::string& origin) const {
    std::set<std::string> have{"doc.text", "doc.info"};
    for (const auto& c : components_) {
        const auto info = c->info();
        for (const auto& r : info.requires_)
            if (!have.count(r))
                throw OntologyError("KG-E225", origin + ": component '" + std::string(c->name()) +
                                                   "' requires '" + r +
                                                   "', which no earlier component assigns.");
        have.insert(info.assigns.begin(), info.assigns.end());
    }
}

void Pipeline::run(Document& doc) const {
    // Articles carry about a mention per 40 bytes; growing the vector of (large) mentions one
    // doubling at a time moved each of them several times.
    doc.mentions.reserve(doc.text.size() / 32);
    for (const auto& c : components_) (*c)(doc);
}

void prepare_document(Document& doc) {
    auto norm = normalize_text(doc.original);
    doc.text = std::move(norm.text);
    doc.to_original = std::move(norm.to_original);
}

}  // namespace kg::extract
