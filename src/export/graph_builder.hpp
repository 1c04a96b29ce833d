#pragma once
// Rebuilds a KnowledgeGraph from a file being read (GraphML, JSON-LD) through KnowledgeGraph's
// add_* API, so the ontology's validation applies, and turns every problem into a kg::InputError
// naming the file and the node or edge. Also small checked accessors for JSON values.
#include <rapidjson/document.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg::exporters {

class GraphBuilder {
  public:
    /// `origin` names the input in every error message.
    GraphBuilder(std::shared_ptr<const Ontology> ontology, std::string origin);

    /// Throws kg::InputError "<origin>: <where>: <what>" with `code`.
    [[noreturn]] void fail(const std::string& code, std::string_view where,
                           std::string_view what) const;

    /// Registers a document; a second document with the same file name is an error.
    DocId add_document(const DocumentInfo& doc, std::string_view where);
    /// The DocId of a registered file name, or an error naming `where`.
    DocId document_id(std::string_view file, std::string_view where) const;

    /// Adds an entity whose type is named by `type_name`. A repeated id, an unknown type or an
    /// empty label is an error. Returns the vertex.
    Vertex add_entity(EntityProps e, std::string_view type_name, std::string_view where);

    /// Adds relation `type_name` from entity `head_id` to `tail_id`. Unknown ends (dangling
    /// edges), unknown types, a repeated (head, type, tail) and domain/range violations are errors.
    Edge add_relation(std::string_view head_id, std::string_view type_name,
                      std::string_view tail_id, RelationProps r, std::string_view where);

    const std::string& origin() const noexcept { return origin_; }
    const KnowledgeGraph& graph() const noexcept { return kg_; }
    KnowledgeGraph take() { return std::move(kg_); }

  private:
    KnowledgeGraph kg_;
    std::string origin_;
    std::map<std::string, DocId, std::less<>> doc_by_file_;
};

/// Checked reads of parsed JSON. `where` names the value in errors.
namespace json_in {
/// The member `key` of object `obj`, or nullptr when absent.
const rapidjson::Value* find(const rapidjson::Value& obj, const char* key);
std::string string(const GraphBuilder& b, const rapidjson::Value& v, std::string_view where);
/// An optional string member: "" when absent; an error when present but not a string.
std::string string_member(const GraphBuilder& b, const rapidjson::Value& obj, const char* key,
                          std::string_view where);
std::uint32_t u32(const GraphBuilder& b, const rapidjson::Value& v, std::string_view where);
/// An array of strings; a single string is accepted as a one-element array.
std::vector<std::string> strings(const GraphBuilder& b, const rapidjson::Value& v,
                                 std::string_view where);
/// An object whose values are all strings.
std::map<std::string, std::string> string_map(const GraphBuilder& b, const rapidjson::Value& v,
                                              std::string_view where);
}  // namespace json_in

}  // namespace kg::exporters
