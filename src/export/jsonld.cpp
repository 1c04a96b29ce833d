#include "export/jsonld.hpp"

#include <charconv>
#include <iterator>
#include <set>
#include <sstream>

#include "export/escape.hpp"
#include "export/graph_builder.hpp"
#include "export/json_out.hpp"
#include "util/error.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace kg::exporters {
namespace {

// Built-in (non-ontology) terms: name -> compact IRI, and the prefixes those IRIs need.
struct Term {
    const char* name;
    const char* iri;
    const char* type;  // "@id", "@vocab", a datatype, or nullptr for a plain term
};
constexpr Term kClassTerms[] = {
    {"Dataset", "schema:Dataset", nullptr},
    {"Article", "schema:NewsArticle", nullptr},
    {"Statement", "rdf:Statement", nullptr},
    {"Evidence", "kg:Evidence", nullptr},
    {"PropertyValue", "schema:PropertyValue", nullptr},
};
constexpr Term kPropertyTerms[] = {
    {"identifier", "schema:identifier", nullptr},
    {"name", "schema:name", nullptr},
    {"alternateName", "schema:alternateName", nullptr},
    {"additionalProperty", "schema:additionalProperty", nullptr},
    {"value", "schema:value", nullptr},
    {"version", "schema:version", nullptr},
    {"datePublished", "schema:datePublished", "xsd:date"},
    {"publisher", "schema:publisher", nullptr},
    {"headline", "schema:headline", nullptr},
    {"subject", "rdf:subject", "@id"},
    {"predicate", "rdf:predicate", "@vocab"},
    {"object", "rdf:object", "@id"},
    {"confidence", "kg:confidence", "xsd:double"},
    {"inferred", "kg:inferred", nullptr},
    {"inferredFrom", "kg:inferredFrom", nullptr},
    {"evidence", "kg:evidence", nullptr},
    {"wasDerivedFrom", "prov:wasDerivedFrom", "@id"},
    {"sentence", "kg:sentenceIndex", nullptr},
    {"quote", "kg:quote", nullptr},
};
constexpr const char* kRequiredPrefixes[] = {"kg", "prov", "rdf", "schema", "xsd"};

void check_terms(const Ontology& o) {
    for (const char* p : kRequiredPrefixes)
        if (!o.prefixes().contains(p))
            throw ExportError("KG-E430",
                              std::string("JSON-LD context: the ontology declares no '") + p +
                                  "' prefix, which the built-in terms use.");
    std::set<std::string> seen;
    auto claim = [&](const std::string& t, const std::string& what) {
        if (!seen.insert(t).second)
            throw ExportError("KG-E431", "JSON-LD context: term '" + t + "' (" + what +
                                             ") collides with another term.");
    };
    for (const auto& [p, iri] : o.prefixes()) claim(p, "prefix");
    for (const auto& t : kClassTerms) claim(t.name, "built-in class");
    for (const auto& t : kPropertyTerms) claim(t.name, "built-in property");
    for (const auto& t : o.entity_types()) claim(t.id, "entity type");
    for (const auto& r : o.relation_types()) claim(r.term, "relation " + r.id);
}

template <class W>
void write_term(CheckedJson<W>& j, const std::string& name, const std::string& iri,
                const char* type) {
    j.key(name);
    if (!type) {
        j.string(iri);
        return;
    }
    j.start_object();
    j.member("@id", iri);
    j.member("@type", type);
    j.end_object();
}

/// The one generator of the context object, used for the shipped file and for every export.
template <class W>
void write_context_object(CheckedJson<W>& j, const Ontology& o) {
    check_terms(o);
    j.start_object();
    for (const auto& [p, iri] : o.prefixes()) j.member(p, iri);
    for (const auto& t : kClassTerms) write_term(j, t.name, t.iri, t.type);
    for (const auto& t : o.entity_types()) write_term(j, t.id, t.iri, nullptr);
    for (const auto& t : kPropertyTerms) write_term(j, t.name, t.iri, t.type);
    for (const auto& r : o.relation_types()) write_term(j, r.term, r.iri, "@id");
    j.end_object();
}

std::string base_of(const Ontology& o) {
    std::string base = o.base();
    if (!base.empty() && base.back() != '/') base += '/';
    return base;
}

}  // namespace

std::string jsonld_entity_iri(const Ontology& o, const EntityProps& e) {
    const std::string type = text::to_lower_ascii(o.entity(e.type).id);
    std::string_view slug = e.id;
    if (slug.starts_with(type + ":")) slug.remove_prefix(type.size() + 1);
    return base_of(o) + "id/" + percent_encode(type) + "/" + percent_encode(slug);
}

std::string jsonld_document_iri(const Ontology& o, const DocumentInfo& d) {
    return base_of(o) + "doc/" + percent_encode(d.file);
}

namespace {

template <class W>
void write_attrs(CheckedJson<W>& j, const std::map<std::string, std::string>& attrs) {
    if (attrs.empty()) return;
    j.key("additionalProperty");
    j.start_array();
    for (const auto& [k, v] : attrs) {
        j.start_object();
        j.member("@type", "PropertyValue");
        j.member("name", k);
        j.member("value", v);
        j.end_object();
    }
    j.end_array();
}

std::string evidence_iri(const KnowledgeGraph& kg, const Provenance& p, const std::string& what) {
    if (p.doc >= kg.documents().size())
        throw ExportError("KG-E421", what + ": evidence cites document #" + std::to_string(p.doc) +
                                         ", which is not registered.");
    return jsonld_document_iri(kg.ontology(), kg.documents()[p.doc]) +
           "#char=" + std::to_string(p.span.begin) + "," + std::to_string(p.span.end);
}

template <class W>
void write_evidence(CheckedJson<W>& j, const KnowledgeGraph& kg,
                    const std::vector<Provenance>& evidence, const std::string& what) {
    if (evidence.empty()) return;
    j.key("evidence");
    j.start_array();
    for (const auto& p : evidence) {
        j.start_object();
        j.member("@type", "Evidence");
        j.member("wasDerivedFrom", evidence_iri(kg, p, what));
        j.key("sentence");
        j.uint(p.sentence);
        j.member("quote", p.quote);
        j.end_object();
    }
    j.end_array();
}

template <class W>
void write_strings(CheckedJson<W>& j, std::string_view key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    j.key(key);
    j.start_array();
    for (const auto& s : items) j.string(s);
    j.end_array();
}

}  // namespace

std::string jsonld_context(const Ontology& ontology) {
    CheckedJson<PrettyJsonWriter> j("JSON-LD context");
    j.writer().SetIndent(' ', 2);
    j.start_object();
    j.key("@context");
    write_context_object(j, ontology);
    j.end_object();
    return j.str() + "\n";
}

void write_jsonld(const KnowledgeGraph& kg, std::ostream& os, const ExportOptions& opts) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    CheckedJson<PrettyJsonWriter> j("JSON-LD");
    j.writer().SetIndent(' ', 1);
    j.start_object();
    j.key("@context");
    write_context_object(j, onto);
    j.key("@graph");
    j.start_array();

    j.start_object();
    j.member("@id", base_of(onto) + "graph");
    j.member("@type", "Dataset");
    j.member("version", g[boost::graph_bundle].ontology_version);
    j.end_object();

    for (const auto& d : kg.documents()) {
        j.start_object();
        j.member("@id", jsonld_document_iri(onto, d));
        j.member("@type", "Article");
        j.member("identifier", d.file);
        if (!d.date.empty()) j.member("datePublished", d.date);
        if (!d.source.empty()) j.member("publisher", d.source);
        if (!d.title.empty()) j.member("headline", d.title);
        j.end_object();
    }

    std::vector<std::string> iris;
    std::set<std::string> seen;
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        iris.push_back(jsonld_entity_iri(onto, g[v]));
        if (!seen.insert(iris.back()).second)
            throw ExportError("KG-E432", "JSON-LD: entity '" + g[v].id + "' maps to IRI " +
                                             iris.back() + ", which another entity already has.");
    }

    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        const std::string what = "JSON-LD entity '" + e.id + "'";
        j.start_object();
        j.member("@id", iris[v]);
        j.member("@type", onto.entity(e.type).id);
        j.member("identifier", e.id);
        j.member("name", e.label);
        write_strings(j, "alternateName", e.aliases);
        write_attrs(j, e.attrs);
        if (opts.include_provenance) write_evidence(j, kg, e.evidence, what);
        std::map<std::string, std::vector<std::string>> related;
        for (const Edge ed : boost::make_iterator_range(boost::out_edges(v, g)))
            related[onto.relation(g[ed].type).term].push_back(iris[boost::target(ed, g)]);
        for (const auto& [term, tails] : related) write_strings(j, term, tails);
        j.end_object();
    }

    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        const std::string fact = kg.fact_id(ed);
        const std::string what = "JSON-LD statement '" + fact + "'";
        j.start_object();
        j.member("@id", base_of(onto) + "stmt/" + percent_encode(fact));
        j.member("@type", "Statement");
        j.member("subject", iris[boost::source(ed, g)]);
        j.member("predicate", onto.relation(r.type).term);
        j.member("object", iris[boost::target(ed, g)]);
        j.key("confidence");
        j.number(r.confidence);
        j.key("inferred");
        j.boolean(r.inferred);
        write_strings(j, "inferredFrom", r.inferred_from);
        write_attrs(j, r.attrs);
        if (opts.include_provenance && !r.evidence.empty()) {
            std::vector<std::string> sources;
            for (const auto& p : r.evidence) sources.push_back(evidence_iri(kg, p, what));
            write_strings(j, "wasDerivedFrom", sources);
            write_evidence(j, kg, r.evidence, what);
        }
        j.end_object();
    }

    // One named graph per document, named by the document's IRI, holding the relations its
    // evidence supports, so a store can ask what one article says.
    std::vector<std::vector<Edge>> by_doc(kg.documents().size());
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        std::set<DocId> cited;
        for (const auto& p : g[ed].evidence)
            if (p.doc < by_doc.size()) cited.insert(p.doc);
        for (const DocId d : cited) by_doc[d].push_back(ed);
    }
    for (DocId d = 0; d < by_doc.size(); ++d) {
        if (by_doc[d].empty()) continue;
        j.start_object();
        j.member("@id", jsonld_document_iri(onto, kg.documents()[d]));
        j.key("@graph");
        j.start_array();
        for (const Edge ed : by_doc[d]) {
            j.start_object();
            j.member("@id", iris[boost::source(ed, g)]);
            write_strings(j, onto.relation(g[ed].type).term, {iris[boost::target(ed, g)]});
            j.end_object();
        }
        j.end_array();
        j.end_object();
    }

    j.end_array();
    j.end_object();
    const std::string out = j.str();
    os.write(out.data(), static_cast<std::streamsize>(out.size()));
    os.put('\n');
    if (!os) throw ExportError("KG-E404", "JSON-LD: the output stream failed while writing.");
}

std::string to_jsonld_string(const KnowledgeGraph& kg, const ExportOptions& opts) {
    std::ostringstream os;
    write_jsonld(kg, os, opts);
    return std::move(os).str();
}

namespace {

std::string type_of(const GraphBuilder& b, const rapidjson::Value& item, const std::string& where) {
    const auto* t = json_in::find(item, "@type");
    if (!t) b.fail("KG-E451", where, "no '@type'.");
    if (t->IsArray() && t->Size() == 1) return json_in::string(b, (*t)[0], where + " '@type'");
    return json_in::string(b, *t, where + " '@type'");
}

/// Parses an RFC 5147 fragment "char=<begin>,<end>" (decimal, nothing else) into `span`.
bool parse_char_fragment(std::string_view frag, Span& span) {
    constexpr std::string_view kPrefix = "char=";
    if (!frag.starts_with(kPrefix)) return false;
    frag.remove_prefix(kPrefix.size());
    const char* const end = frag.data() + frag.size();
    auto [p, ec] = std::from_chars(frag.data(), end, span.begin);
    if (ec != std::errc() || p == end || *p != ',') return false;
    auto [q, ec2] = std::from_chars(p + 1, end, span.end);
    return ec2 == std::errc() && q == end;
}

std::map<std::string, std::string> read_attrs(const GraphBuilder& b, const rapidjson::Value& item,
                                              const std::string& where) {
    std::map<std::string, std::string> out;
    const auto* a = json_in::find(item, "additionalProperty");
    if (!a) return out;
    if (!a->IsArray()) b.fail("KG-E451", where, "'additionalProperty' must be an array.");
    for (const auto& pv : a->GetArray()) {
        const std::string name = json_in::string_member(b, pv, "name", where + " attribute");
        if (name.empty()) b.fail("KG-E451", where, "an attribute has no name.");
        out[name] = json_in::string_member(b, pv, "value", where + " attribute");
    }
    return out;
}

std::vector<Provenance> read_evidence(const GraphBuilder& b, const rapidjson::Value& item,
                                      const std::map<std::string, DocId>& docs,
                                      const std::string& where) {
    std::vector<Provenance> out;
    const auto* ev = json_in::find(item, "evidence");
    if (!ev) return out;
    if (!ev->IsArray()) b.fail("KG-E451", where, "'evidence' must be an array.");
    for (const auto& e : ev->GetArray()) {
        const std::string what = where + " evidence";
        if (!e.IsObject()) b.fail("KG-E451", what, "expected objects.");
        const std::string src = json_in::string_member(b, e, "wasDerivedFrom", what);
        const auto hash = src.rfind('#');
        if (hash == std::string::npos)
            b.fail("KG-E451", what, "'" + src + "' has no #char=<begin>,<end> fragment.");
        const auto doc = docs.find(src.substr(0, hash));
        if (doc == docs.end())
            b.fail("KG-E454", what, "'" + src + "' cites a document the graph does not list.");
        Provenance p;
        p.doc = doc->second;
        Span span;
        if (!parse_char_fragment(std::string_view(src).substr(hash + 1), span))
            b.fail("KG-E451", what, "'" + src + "' has no valid #char=<begin>,<end> fragment.");
        p.span = span;
        if (const auto* s = json_in::find(e, "sentence")) p.sentence = json_in::u32(b, *s, what);
        p.quote = json_in::string_member(b, e, "quote", what);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace

KnowledgeGraph read_jsonld(std::istream& is, std::shared_ptr<const Ontology> ontology,
                           const std::string& origin) {
    GraphBuilder b(std::move(ontology), origin);
    const std::string text((std::istreambuf_iterator<char>(is)), std::istreambuf_iterator<char>());
    if (is.bad()) b.fail("KG-E104", "", "read error.");
    const auto doc = json::parse(text, origin);
    if (!doc.IsObject()) b.fail("KG-E451", "", "expected a JSON object at the top.");
    const auto* graph = json_in::find(doc, "@graph");
    if (!graph || !graph->IsArray()) b.fail("KG-E451", "", "no '@graph' array.");
    if (!json_in::find(doc, "@context")) b.fail("KG-E451", "", "no '@context'.");

    struct Item {
        const rapidjson::Value* value;
        std::string where;
        std::string type;
    };
    std::vector<Item> items;
    for (rapidjson::SizeType i = 0; i < graph->Size(); ++i) {
        const auto& item = (*graph)[i];
        std::string where = "@graph[" + std::to_string(i) + "]";
        if (!item.IsObject()) b.fail("KG-E451", where, "expected an object.");
        // A document's named graph repeats the statements' relations: nothing new to read.
        if (json_in::find(item, "@graph") && !json_in::find(item, "@type")) continue;
        if (const auto* id = json_in::find(item, "@id"); id && id->IsString())
            where += " ('" + std::string(id->GetString(), id->GetStringLength()) + "')";
        items.push_back(Item{&item, where, type_of(b, item, where)});
    }

    std::map<std::string, DocId> docs;  // document IRI -> DocId
    for (const auto& it : items) {
        if (it.type != "Article") continue;
        const auto& v = *it.value;
        DocumentInfo d;
        d.file = json_in::string_member(b, v, "identifier", it.where);
        d.date = json_in::string_member(b, v, "datePublished", it.where);
        d.source = json_in::string_member(b, v, "publisher", it.where);
        d.title = json_in::string_member(b, v, "headline", it.where);
        const std::string iri = json_in::string_member(b, v, "@id", it.where);
        docs[iri] = b.add_document(d, it.where);
    }

    std::map<std::string, std::string> ids;  // entity IRI -> kgraph id
    for (const auto& it : items) {
        if (it.type == "Article" || it.type == "Statement" || it.type == "Dataset") continue;
        const auto& v = *it.value;
        EntityProps e;
        e.id = json_in::string_member(b, v, "identifier", it.where);
        e.label = json_in::string_member(b, v, "name", it.where);
        if (const auto* a = json_in::find(v, "alternateName"))
            e.aliases = json_in::strings(b, *a, it.where + " 'alternateName'");
        e.attrs = read_attrs(b, v, it.where);
        e.evidence = read_evidence(b, v, docs, it.where);
        const std::string iri = json_in::string_member(b, v, "@id", it.where);
        if (iri.empty()) b.fail("KG-E451", it.where, "an entity has no '@id'.");
        if (!ids.emplace(iri, e.id).second)
            b.fail("KG-E453", it.where, "duplicate '@id' " + iri + ".");
        b.add_entity(std::move(e), it.type, it.where);
    }

    auto entity = [&](const rapidjson::Value& v, const char* key, const std::string& where) {
        const std::string iri = json_in::string_member(b, v, key, where);
        const auto found = ids.find(iri);
        if (found == ids.end())
            b.fail("KG-E454", where,
                   std::string(key) + " '" + iri + "' is not an entity of the graph.");
        return found->second;
    };
    for (const auto& it : items) {
        if (it.type != "Statement") continue;
        const auto& v = *it.value;
        RelationProps r;
        const std::string predicate = json_in::string_member(b, v, "predicate", it.where);
        std::string relation = predicate;  // an unknown term is reported by the builder as is
        for (const auto& rt : b.graph().ontology().relation_types())
            if (rt.term == predicate) relation = rt.id;
        if (const auto* c = json_in::find(v, "confidence")) {
            if (!c->IsNumber() || c->GetDouble() < 0.0 || c->GetDouble() > 1.0)
                b.fail("KG-E451", it.where, "'confidence' must be a number in [0, 1].");
            r.confidence = c->GetDouble();
        }
        if (const auto* f = json_in::find(v, "inferred")) {
            if (!f->IsBool()) b.fail("KG-E451", it.where, "'inferred' must be true or false.");
            r.inferred = f->GetBool();
        }
        if (const auto* f = json_in::find(v, "inferredFrom"))
            r.inferred_from = json_in::strings(b, *f, it.where + " 'inferredFrom'");
        r.attrs = read_attrs(b, v, it.where);
        r.evidence = read_evidence(b, v, docs, it.where);
        b.add_relation(entity(v, "subject", it.where), relation, entity(v, "object", it.where),
                       std::move(r), it.where);
    }
    return b.take();
}

}  // namespace kg::exporters
