#pragma once
// Helpers for extraction tests: the project's lexicon and pipeline, run on a string.
#include <algorithm>
#include <memory>
#include <string>

#include "extract/pipeline.hpp"
#include "extract/registry.hpp"
#include "support/fixtures.hpp"

namespace kg::test {

inline std::shared_ptr<const extract::Lexicon> lexicon() {
    static const auto lx =
        std::make_shared<const extract::Lexicon>(extract::Lexicon::load(source_dir() / "ontology"));
    return lx;
}

inline const extract::Pipeline& pipeline() {
    static const auto p = [] {
        extract::ComponentRegistry r;
        extract::register_builtin_components(r);
        return extract::Pipeline::build(source_dir() / "ontology", r, lexicon(), *ontology());
    }();
    return p;
}

/// Runs the project's pipeline over `text` as one document dated `date` (ISO, may be empty).
inline extract::Document run_dated(const std::string& text, const std::string& date) {
    extract::Document d;
    d.info.date = date;
    d.original = text;
    extract::prepare_document(d);
    pipeline().run(d);
    return d;
}

/// Runs the project's pipeline over `text` as one undated document.
inline extract::Document run(const std::string& text) { return run_dated(text, ""); }

/// Labels of the mentions of `kind`, in order.
inline std::vector<std::string> labels(const extract::Document& d, extract::MentionKind kind) {
    std::vector<std::string> out;
    for (const auto& m : d.mentions)
        if (m.kind == kind) out.push_back(m.label);
    return out;
}

/// Labels of the persons that rule `rule` found (tests of one rule, whatever others find).
inline std::vector<std::string> persons_by(const extract::Document& d, std::string_view rule) {
    std::vector<std::string> out;
    for (const auto& m : d.mentions)
        if (m.kind == extract::MentionKind::person && m.rule == rule) out.push_back(m.label);
    return out;
}

inline bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

/// "head label -type-> tail label" of every relation candidate.
inline std::vector<std::string> facts(const extract::Document& d) {
    std::vector<std::string> out;
    for (const auto& r : d.relations)
        out.push_back(d.mentions[r.head].label + " -" + r.type + "-> " + d.mentions[r.tail].label);
    return out;
}

}  // namespace kg::test
