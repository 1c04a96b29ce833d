#include "cli/query_common.hpp"

#include <filesystem>
#include <set>
#include <tuple>

#include "cli/common.hpp"
#include "export/format.hpp"
#include "extract/corpus_builder.hpp"
#include "util/error.hpp"

namespace kg::cli {

KnowledgeGraph load_query_graph(const QueryInput& in, std::ostream& err) {
    const auto ontology = load_ontology(in.ontology_dir);
    const std::filesystem::path p(in.graph);
    std::error_code ec;
    if (!std::filesystem::exists(p, ec))
        throw InputError("KG-E121", in.graph + ": no such file or folder.");
    if (std::filesystem::is_directory(p, ec) || p.extension() == ".txt") {
        extract::BuildOptions opts;
        opts.ontology_dir = default_ontology_dir(std::filesystem::path(in.ontology_dir));
        extract::BuildReport report;
        try {
            KnowledgeGraph kg = extract::build_graph({p}, ontology, opts, report);
            print_diagnostics(err, report.diagnostics);
            return kg;
        } catch (const Error&) {
            print_diagnostics(err, report.diagnostics);  // why each article was skipped
            throw;
        }
    }
    return exporters::read_graph_file(p, ontology);
}

FactFilter time_filter(const QueryInput& in) {
    FactFilter f;
    auto valid = [](const std::string& d) {
        if (d.empty()) return true;
        if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
        for (std::size_t i = 0; i < d.size(); ++i)
            if ((i == 4 || i == 7) ? d[i] != '-' : !std::isdigit(static_cast<unsigned char>(d[i])))
                return false;
        return true;
    };
    for (const auto* d : {&in.since, &in.until, &in.as_of})
        if (!valid(*d))
            throw QueryError("KG-E420",
                             "'" + *d + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).");
    f.since = in.since;
    f.until = in.as_of.empty() ? in.until : in.as_of;
    return f;
}

std::set<RelationTypeId> relation_types(const KnowledgeGraph& kg,
                                        const std::vector<std::string>& names) {
    std::set<RelationTypeId> out;
    for (const auto& n : names) {
        if (auto t = kg.ontology().find_relation_type(n)) {
            out.insert(*t);
            continue;
        }
        std::string known;
        for (const auto& r : kg.ontology().relation_types())
            known += (known.empty() ? "" : ", ") + r.id;
        throw QueryError("KG-E421", "unknown relation type '" + n + "' (known: " + known + ").");
    }
    return out;
}

std::set<EntityTypeId> entity_types(const KnowledgeGraph& kg,
                                    const std::vector<std::string>& names) {
    std::set<EntityTypeId> out;
    for (const auto& n : names) {
        if (auto t = kg.ontology().find_entity_type(n)) {
            out.insert(*t);
            continue;
        }
        std::string known;
        for (const auto& t : kg.ontology().entity_types())
            known += (known.empty() ? "" : ", ") + t.id;
        throw QueryError("KG-E422", "unknown entity type '" + n + "' (known: " + known + ").");
    }
    return out;
}

void check(bool ok) {
    if (!ok)
        throw ExportError("KG-E430",
                          "could not write the JSON answer (a value is not representable).");
}

void write_string(JsonWriter& w, std::string_view s) {
    check(w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())));
}

void write_entity_ref(JsonWriter& w, const KnowledgeGraph& kg, Vertex v) {
    const auto& e = kg.graph()[v];
    check(w.StartObject());
    check(w.Key("id"));
    write_string(w, e.id);
    check(w.Key("label"));
    write_string(w, e.label);
    check(w.Key("type"));
    write_string(w, kg.ontology().entity(e.type).id);
    check(w.EndObject());
}

void write_evidence(JsonWriter& w, const KnowledgeGraph& kg,
                    const std::vector<Provenance>& evidence) {
    check(w.StartArray());
    for (const auto& p : evidence) {
        const auto& doc = kg.documents().at(p.doc);
        check(w.StartObject());
        check(w.Key("doc"));
        write_string(w, doc.file);
        check(w.Key("date"));
        write_string(w, doc.date);
        check(w.Key("sentence"));
        check(w.Uint(p.sentence));
        check(w.Key("span"));
        check(w.StartArray());
        check(w.Uint(p.span.begin));
        check(w.Uint(p.span.end));
        check(w.EndArray());
        check(w.Key("quote"));
        write_string(w, p.quote);
        check(w.EndObject());
    }
    check(w.EndArray());
}

std::string describe(const KnowledgeGraph& kg, Vertex v) {
    return kg.graph()[v].label + " (" + kg.ontology().entity(kg.graph()[v].type).id + ")";
}

std::string describe(const KnowledgeGraph& kg, const Provenance& p) {
    const auto& doc = kg.documents().at(p.doc);
    return doc.file + (doc.date.empty() ? "" : " (" + doc.date + ")") + ", sentence " +
           std::to_string(p.sentence) + ": \"" + one_line(std::string(p.quote.str())) + "\"";
}

std::string query_footer(std::string_view text) {
    return std::string(text) +
           "\n\nGRAPH is a .graphml or .jsonld file kgraph wrote, or a folder of articles, built "
           "on the\nfly (skipped articles are warned about on stderr). Names match an id, label "
           "or alias,\nignoring case, accents and hyphens; an unknown or ambiguous name exits 2 "
           "with the\ncandidates. Time filters keep facts with evidence dated in the window. "
           "--json\nshapes: docs/queries.md.";
}

void print_evidence(std::ostream& out, const KnowledgeGraph& kg,
                    const std::vector<Provenance>& evidence, std::string_view indent,
                    std::size_t limit) {
    // The same sentence may support a fact through several spans; a reader needs it once.
    std::set<std::tuple<DocId, std::uint32_t>> seen;
    std::size_t shown = 0, hidden = 0;
    for (const auto& p : evidence) {
        if (!seen.emplace(p.doc, p.sentence).second) continue;
        if (limit != 0 && shown == limit) {
            ++hidden;
            continue;
        }
        out << indent << "evidence: " << describe(kg, p) << '\n';
        ++shown;
    }
    if (hidden > 0)
        out << indent << "(" << hidden << " more sentence" << (hidden == 1 ? "" : "s")
            << "; --evidence 0 or --json shows all)\n";
}

}  // namespace kg::cli
