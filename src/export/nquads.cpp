#include "export/nquads.hpp"

#include <cmath>
#include <cstdio>
#include <set>

#include "export/escape.hpp"
#include "export/jsonld.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

namespace kg::exporters {
namespace {

class QuadWriter {
  public:
    QuadWriter(std::ostream& os, const Ontology& o, bool named)
        : os_(os), onto_(o), named_(named) {}

    std::string iri(std::string_view compact_or_full) const {
        return "<" + onto_.expand(compact_or_full) + ">";
    }

    /// `s` as an N-Triples string literal (quotes included).
    static std::string literal(std::string_view s, const std::string& what) {
        if (const auto at = text::find_invalid_utf8(s))
            throw ExportError("KG-E405", "N-Quads: " + what + " is not valid UTF-8 (byte " +
                                             std::to_string(*at) + ").");
        std::string out = "\"";
        for (const char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (ch == '\\')
                out += "\\\\";
            else if (ch == '"')
                out += "\\\"";
            else if (ch == '\n')
                out += "\\n";
            else if (ch == '\r')
                out += "\\r";
            else if (c < 0x20 || c == 0x7F) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04X", c);
                out += buf;
            } else
                out += ch;
        }
        return out + "\"";
    }

    void quad(const std::string& s, const std::string& p, const std::string& o,
              const std::string& graph = {}) {
        os_ << s << ' ' << p << ' ' << o;
        if (named_ && !graph.empty()) os_ << ' ' << graph;
        os_ << " .\n";
    }

  private:
    std::ostream& os_;
    const Ontology& onto_;
    bool named_;
};

}  // namespace

void write_nquads(const KnowledgeGraph& kg, std::ostream& os, bool named_graphs,
                  const ExportOptions& opts) {
    const Graph& g = kg.graph();
    const Ontology& onto = kg.ontology();
    QuadWriter w(os, onto, named_graphs);
    const std::string type = w.iri("rdf:type");
    const std::string identifier = w.iri("schema:identifier");
    const std::string name = w.iri("schema:name");
    auto typed = [&](const std::string& value, const char* datatype, const std::string& what) {
        return QuadWriter::literal(value, what) + "^^" + w.iri(datatype);
    };

    std::vector<std::string> docs;
    for (const auto& d : kg.documents()) {
        const std::string what = "document '" + d.file + "'";
        docs.push_back("<" + jsonld_document_iri(onto, d) + ">");
        w.quad(docs.back(), type, w.iri("schema:NewsArticle"));
        w.quad(docs.back(), identifier, QuadWriter::literal(d.file, what));
        if (!d.date.empty())
            w.quad(docs.back(), w.iri("schema:datePublished"), typed(d.date, "xsd:date", what));
        if (!d.source.empty())
            w.quad(docs.back(), w.iri("schema:publisher"), QuadWriter::literal(d.source, what));
        if (!d.title.empty())
            w.quad(docs.back(), w.iri("schema:headline"), QuadWriter::literal(d.title, what));
    }

    std::vector<std::string> iris;
    for (const Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityProps& e = g[v];
        const std::string what = "entity '" + e.id + "'";
        iris.push_back("<" + jsonld_entity_iri(onto, e) + ">");
        w.quad(iris.back(), type, w.iri(onto.entity(e.type).iri));
        w.quad(iris.back(), identifier, QuadWriter::literal(e.id, what));
        w.quad(iris.back(), name, QuadWriter::literal(e.label, what));
        for (const auto& a : e.aliases)
            w.quad(iris.back(), w.iri("schema:alternateName"), QuadWriter::literal(a, what));
    }

    const std::string base = onto.base() + (onto.base().ends_with('/') ? "" : "/");
    for (const Edge ed : boost::make_iterator_range(boost::edges(g))) {
        const RelationProps& r = g[ed];
        const std::string fact = kg.fact_id(ed);
        const std::string what = "statement '" + fact + "'";
        if (!std::isfinite(r.confidence))
            throw ExportError("KG-E402", "N-Quads: " + what + ": confidence is not finite.");
        const std::string& s = iris[boost::source(ed, g)];
        const std::string& o = iris[boost::target(ed, g)];
        const std::string p = w.iri(onto.relation(r.type).iri);
        std::set<DocId> cited;
        for (const auto& e : r.evidence) {
            if (e.doc >= docs.size())
                throw ExportError("KG-E421", "N-Quads: " + what + ": evidence cites document #" +
                                                 std::to_string(e.doc) + ", not registered.");
            cited.insert(e.doc);
        }
        if (cited.empty() || !named_graphs)
            w.quad(s, p, o);
        else
            for (const DocId d : cited) w.quad(s, p, o, docs[d]);
        const std::string stmt = "<" + base + "stmt/" + percent_encode(fact) + ">";
        w.quad(stmt, type, w.iri("rdf:Statement"));
        w.quad(stmt, w.iri("rdf:subject"), s);
        w.quad(stmt, w.iri("rdf:predicate"), p);
        w.quad(stmt, w.iri("rdf:object"), o);
        w.quad(stmt, w.iri("kg:confidence"),
               typed(format_double(r.confidence), "xsd:double", what));
        w.quad(stmt, w.iri("kg:inferred"),
               typed(r.inferred ? "true" : "false", "xsd:boolean", what));
        if (opts.include_provenance)
            for (const auto& e : r.evidence) {
                const auto& doc = docs[e.doc];
                w.quad(stmt, w.iri("prov:wasDerivedFrom"),
                       doc.substr(0, doc.size() - 1) + "#char=" + std::to_string(e.span.begin) +
                           "," + std::to_string(e.span.end) + ">");
            }
    }
    if (!os) throw ExportError("KG-E404", "N-Quads: the output stream failed while writing.");
}

}  // namespace kg::exporters
