#include "export/graph_builder.hpp"

#include <limits>

#include "util/error.hpp"

namespace kg::exporters {

GraphBuilder::GraphBuilder(std::shared_ptr<const Ontology> ontology, std::string origin)
    : kg_(std::move(ontology)), origin_(std::move(origin)) {}

void GraphBuilder::fail(const std::string& code, std::string_view where,
                        std::string_view what) const {
    std::string msg = origin_ + ": ";
    if (!where.empty()) msg += std::string(where) + ": ";
    msg += what;
    throw InputError(code, msg);
}

DocId GraphBuilder::add_document(const DocumentInfo& doc, std::string_view where) {
    if (doc.file.empty()) fail("KG-E451", where, "a document has no file name.");
    if (doc_by_file_.contains(doc.file))
        fail("KG-E453", where, "document '" + doc.file + "' is listed twice.");
    const DocId id = kg_.add_document(doc);
    doc_by_file_.emplace(doc.file, id);
    return id;
}

DocId GraphBuilder::document_id(std::string_view file, std::string_view where) const {
    if (const auto it = doc_by_file_.find(file); it != doc_by_file_.end()) return it->second;
    fail("KG-E454", where,
         "evidence cites document '" + std::string(file) + "', which the document table lacks.");
}

Vertex GraphBuilder::add_entity(EntityProps e, std::string_view type_name, std::string_view where) {
    if (e.id.empty()) fail("KG-E451", where, "a node has no id.");
    if (kg_.find(e.id)) fail("KG-E453", where, "duplicate node id '" + e.id + "'.");
    const auto type = kg_.ontology().find_entity_type(type_name);
    if (!type) {
        std::string known;
        for (const auto& t : kg_.ontology().entity_types())
            known += (known.empty() ? "" : ", ") + t.id;
        fail("KG-E452", where,
             "unknown entity type '" + std::string(type_name) + "' (known: " + known + ").");
    }
    if (e.label.empty()) fail("KG-E455", where, "node '" + e.id + "' has no label.");
    e.type = *type;
    try {
        return kg_.add_entity(std::move(e));
    } catch (const OntologyError& err) {
        fail("KG-E456", where, err.what());
    }
}

Edge GraphBuilder::add_relation(std::string_view head_id, std::string_view type_name,
                                std::string_view tail_id, RelationProps r, std::string_view where) {
    const auto head = kg_.find(head_id);
    if (!head)
        fail("KG-E454", where, "source '" + std::string(head_id) + "' is not a node of the graph.");
    const auto tail = kg_.find(tail_id);
    if (!tail)
        fail("KG-E454", where, "target '" + std::string(tail_id) + "' is not a node of the graph.");
    const auto type = kg_.ontology().find_relation_type(type_name);
    if (!type) {
        std::string known;
        for (const auto& t : kg_.ontology().relation_types())
            known += (known.empty() ? "" : ", ") + t.id;
        fail("KG-E452", where,
             "unknown relation type '" + std::string(type_name) + "' (known: " + known + ").");
    }
    if (kg_.find_relation(*head, *type, *tail))
        fail("KG-E453", where,
             "duplicate edge " + std::string(head_id) + " " + std::string(type_name) + " " +
                 std::string(tail_id) + ".");
    r.type = *type;
    try {
        return kg_.add_relation(*head, *tail, std::move(r));
    } catch (const OntologyError& err) {
        fail("KG-E456", where, err.what());
    }
}

namespace json_in {

const rapidjson::Value* find(const rapidjson::Value& obj, const char* key) {
    if (!obj.IsObject()) return nullptr;
    const auto it = obj.FindMember(key);
    return it == obj.MemberEnd() ? nullptr : &it->value;
}

std::string string(const GraphBuilder& b, const rapidjson::Value& v, std::string_view where) {
    if (!v.IsString()) b.fail("KG-E451", where, "expected a string.");
    return std::string(v.GetString(), v.GetStringLength());
}

std::string string_member(const GraphBuilder& b, const rapidjson::Value& obj, const char* key,
                          std::string_view where) {
    const auto* v = find(obj, key);
    if (!v) return {};
    return string(b, *v, std::string(where) + " '" + key + "'");
}

std::uint32_t u32(const GraphBuilder& b, const rapidjson::Value& v, std::string_view where) {
    if (!v.IsUint64() || v.GetUint64() > std::numeric_limits<std::uint32_t>::max())
        b.fail("KG-E451", where, "expected a non-negative 32-bit integer.");
    return static_cast<std::uint32_t>(v.GetUint64());
}

std::vector<std::string> strings(const GraphBuilder& b, const rapidjson::Value& v,
                                 std::string_view where) {
    std::vector<std::string> out;
    if (v.IsString()) {
        out.emplace_back(v.GetString(), v.GetStringLength());
        return out;
    }
    if (!v.IsArray()) b.fail("KG-E451", where, "expected an array of strings.");
    for (const auto& item : v.GetArray()) out.push_back(string(b, item, where));
    return out;
}

std::map<std::string, std::string> string_map(const GraphBuilder& b, const rapidjson::Value& v,
                                              std::string_view where) {
    if (!v.IsObject()) b.fail("KG-E451", where, "expected an object of strings.");
    std::map<std::string, std::string> out;
    for (const auto& m : v.GetObject())
        out[std::string(m.name.GetString(), m.name.GetStringLength())] =
            string(b, m.value, std::string(where) + " '" + m.name.GetString() + "'");
    return out;
}

}  // namespace json_in
}  // namespace kg::exporters
