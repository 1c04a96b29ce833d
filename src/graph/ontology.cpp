#include "graph/ontology.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "util/error.hpp"
#include "util/json.hpp"

namespace kg {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& origin, const std::string& pointer,
                       const std::string& what) {
    throw OntologyError("KG-E201", origin + ": " + pointer + ": " + what);
}

bool is_pascal_case(std::string_view s) {
    if (s.empty() || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    });
}

bool is_kebab_case(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '-' && s[i - 1] == '-') return false;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
}

bool is_color(std::string_view s) {
    return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

std::string camel_case(std::string_view kebab) {
    std::string out;
    bool upper = false;
    for (char c : kebab) {
        if (c == '-') {
            upper = true;
            continue;
        }
        out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        upper = false;
    }
    return out;
}

void check_keys(const rapidjson::Value& obj, std::initializer_list<std::string_view> allowed,
                const std::string& origin, const std::string& pointer) {
    for (auto it = obj.MemberBegin(); it != obj.MemberEnd(); ++it) {
        const std::string_view key(it->name.GetString(), it->name.GetStringLength());
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            fail(origin, pointer, "unknown key '" + std::string(key) + "'.");
    }
}

std::string get_string(const rapidjson::Value& obj, const char* key, const std::string& origin,
                       const std::string& pointer, bool required) {
    const auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
        if (required) fail(origin, pointer, std::string("missing required key '") + key + "'.");
        return {};
    }
    if (!it->value.IsString()) fail(origin, pointer + "/" + key, "expected a string.");
    return {it->value.GetString(), it->value.GetStringLength()};
}

Style read_style(const rapidjson::Value& obj, const std::string& origin, const std::string& pointer,
                 const char* shape_key) {
    Style st;
    const auto it = obj.FindMember("style");
    if (it == obj.MemberEnd()) return st;
    if (!it->value.IsObject()) fail(origin, pointer + "/style", "expected an object.");
    check_keys(it->value, {"color", shape_key}, origin, pointer + "/style");
    st.color = get_string(it->value, "color", origin, pointer + "/style", false);
    if (!st.color.empty() && !is_color(st.color))
        fail(origin, pointer + "/style/color",
             "'" + st.color + "' is not a colour of the form #RRGGBB.");
    const std::string second = get_string(it->value, shape_key, origin, pointer + "/style", false);
    if (std::string_view(shape_key) == "shape")
        st.shape = second;
    else
        st.line = second;
    return st;
}

}  // namespace

Ontology Ontology::from_json(std::string_view types_json, std::string_view relations_json,
                             const std::string& types_origin, const std::string& relations_origin) {
    Ontology o;
    {
        const auto doc = json::parse(types_json, types_origin);
        const auto& origin = types_origin;
        if (!doc.IsObject()) fail(origin, "/", "expected an object.");
        check_keys(doc, {"version", "base", "prefixes", "types"}, origin, "");
        o.version_ = get_string(doc, "version", origin, "", true);
        o.base_ = get_string(doc, "base", origin, "", true);
        const auto pit = doc.FindMember("prefixes");
        if (pit != doc.MemberEnd()) {
            if (!pit->value.IsObject()) fail(origin, "/prefixes", "expected an object.");
            for (auto it = pit->value.MemberBegin(); it != pit->value.MemberEnd(); ++it) {
                if (!it->value.IsString())
                    fail(origin, std::string("/prefixes/") + it->name.GetString(),
                         "expected a string.");
                o.prefixes_[it->name.GetString()] = it->value.GetString();
            }
        }
        const auto tit = doc.FindMember("types");
        if (tit == doc.MemberEnd() || !tit->value.IsArray() || tit->value.Empty())
            fail(origin, "/types", "expected a non-empty array of types.");
        for (rapidjson::SizeType i = 0; i < tit->value.Size(); ++i) {
            const auto& t = tit->value[i];
            const std::string ptr = "/types/" + std::to_string(i);
            if (!t.IsObject()) fail(origin, ptr, "expected an object.");
            check_keys(t, {"id", "iri", "description", "style"}, origin, ptr);
            EntityType et;
            et.id = get_string(t, "id", origin, ptr, true);
            if (!is_pascal_case(et.id))
                fail(origin, ptr + "/id", "entity type '" + et.id + "' must be PascalCase.");
            if (o.find_entity_type(et.id))
                fail(origin, ptr + "/id", "entity type '" + et.id + "' is declared twice.");
            et.iri = get_string(t, "iri", origin, ptr, true);
            et.description = get_string(t, "description", origin, ptr, false);
            et.style = read_style(t, origin, ptr, "shape");
            o.entity_types_.push_back(std::move(et));
        }
    }
    {
        const auto doc = json::parse(relations_json, relations_origin);
        const auto& origin = relations_origin;
        if (!doc.IsObject()) fail(origin, "/", "expected an object.");
        check_keys(doc, {"relations"}, origin, "");
        const auto rit = doc.FindMember("relations");
        if (rit == doc.MemberEnd() || !rit->value.IsArray())
            fail(origin, "/relations", "expected an array of relation types.");
        for (rapidjson::SizeType i = 0; i < rit->value.Size(); ++i) {
            const auto& r = rit->value[i];
            const std::string ptr = "/relations/" + std::to_string(i);
            if (!r.IsObject()) fail(origin, ptr, "expected an object.");
            check_keys(r, {"id", "iri", "domain", "range", "description", "inferable", "style"},
                       origin, ptr);
            RelationType rt;
            rt.id = get_string(r, "id", origin, ptr, true);
            if (!is_kebab_case(rt.id))
                fail(origin, ptr + "/id", "relation type '" + rt.id + "' must be kebab-case.");
            if (o.find_relation_type(rt.id))
                fail(origin, ptr + "/id", "relation type '" + rt.id + "' is declared twice.");
            rt.iri = get_string(r, "iri", origin, ptr, true);
            rt.description = get_string(r, "description", origin, ptr, false);
            for (const char* side : {"domain", "range"}) {
                const auto sit = r.FindMember(side);
                if (sit == r.MemberEnd() || !sit->value.IsArray() || sit->value.Empty())
                    fail(origin, ptr + "/" + side, "expected a non-empty array of entity types.");
                auto& out = std::string_view(side) == "domain" ? rt.domain : rt.range;
                for (rapidjson::SizeType k = 0; k < sit->value.Size(); ++k) {
                    const auto& v = sit->value[k];
                    const std::string vptr = ptr + "/" + side + "/" + std::to_string(k);
                    if (!v.IsString()) fail(origin, vptr, "expected a string.");
                    const auto t = o.find_entity_type(v.GetString());
                    if (!t)
                        fail(origin, vptr,
                             std::string("unknown entity type '") + v.GetString() +
                                 "' (not in types.json).");
                    out.push_back(*t);
                }
            }
            const auto iit = r.FindMember("inferable");
            if (iit != r.MemberEnd()) {
                if (!iit->value.IsBool())
                    fail(origin, ptr + "/inferable", "expected true or false.");
                rt.inferable = iit->value.GetBool();
            }
            rt.style = read_style(r, origin, ptr, "style");
            rt.term = camel_case(rt.id);
            o.relation_types_.push_back(std::move(rt));
        }
    }
    // Every compact IRI must use a declared prefix, or the JSON-LD context would be incomplete.
    auto check_iri = [&](const std::string& iri, const std::string& origin,
                         const std::string& what) {
        const auto colon = iri.find(':');
        if (colon == std::string::npos) fail(origin, what, "IRI '" + iri + "' has no prefix.");
        const std::string prefix = iri.substr(0, colon);
        if (prefix != "http" && prefix != "https" && !o.prefixes_.count(prefix))
            fail(origin, what, "IRI '" + iri + "' uses the undeclared prefix '" + prefix + "'.");
    };
    for (const auto& t : o.entity_types_) check_iri(t.iri, types_origin, "type " + t.id);
    for (const auto& r : o.relation_types_) check_iri(r.iri, relations_origin, "relation " + r.id);
    return o;
}

Ontology Ontology::load(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw OntologyError("KG-E200", dir.string() + ": ontology folder not found.");
    const auto types = dir / "types.json";
    const auto relations = dir / "relations.json";
    try {
        return from_json(json::read_file(types, json::kMaxJsonBytes),
                         json::read_file(relations, json::kMaxJsonBytes), types.string(),
                         relations.string());
    } catch (const InputError& e) {
        throw OntologyError(e.code(), e.what());
    }
}

std::optional<EntityTypeId> Ontology::find_entity_type(std::string_view id) const {
    for (std::size_t i = 0; i < entity_types_.size(); ++i)
        if (entity_types_[i].id == id) return static_cast<EntityTypeId>(i);
    return std::nullopt;
}

std::optional<RelationTypeId> Ontology::find_relation_type(std::string_view id) const {
    for (std::size_t i = 0; i < relation_types_.size(); ++i)
        if (relation_types_[i].id == id) return static_cast<RelationTypeId>(i);
    return std::nullopt;
}

EntityTypeId Ontology::entity_type(std::string_view id) const {
    if (auto t = find_entity_type(id)) return *t;
    throw OntologyError("KG-E202", "unknown entity type '" + std::string(id) + "'.");
}

RelationTypeId Ontology::relation_type(std::string_view id) const {
    if (auto t = find_relation_type(id)) return *t;
    throw OntologyError("KG-E203", "unknown relation type '" + std::string(id) + "'.");
}

bool Ontology::allows(RelationTypeId rel, EntityTypeId head, EntityTypeId tail) const {
    const auto& r = relation(rel);
    return std::find(r.domain.begin(), r.domain.end(), head) != r.domain.end() &&
           std::find(r.range.begin(), r.range.end(), tail) != r.range.end();
}

std::string Ontology::expand(std::string_view compact) const {
    const auto colon = compact.find(':');
    if (colon != std::string_view::npos) {
        const auto it = prefixes_.find(std::string(compact.substr(0, colon)));
        if (it != prefixes_.end()) return it->second + std::string(compact.substr(colon + 1));
    }
    return std::string(compact);
}

fs::path default_ontology_dir(const fs::path& explicit_dir) {
    if (!explicit_dir.empty()) return explicit_dir;
    if (const char* env = std::getenv("KGRAPH_ONTOLOGY"); env && *env) return env;
#ifdef KG_DEFAULT_ONTOLOGY_DIR
    return KG_DEFAULT_ONTOLOGY_DIR;
#else
    return "ontology";
#endif
}

}  // namespace kg
