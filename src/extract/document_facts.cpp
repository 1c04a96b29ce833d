#include "extract/document_facts.hpp"

namespace kg::extract {

DocumentFacts to_facts(Document&& doc) {
    DocumentFacts f;
    f.info = std::move(doc.info);
    // Titles never become nodes, so their spans and sentences are never quoted: converting them
    // could only fail on spans the writer would not have looked at.
    const auto quote = [&](std::uint32_t s) {
        if (!f.quotes.count(s)) f.quotes.emplace(s, doc.sentence_quote(s));
    };
    for (auto& m : doc.mentions) {
        m.token_begin = m.token_end = 0;
        m.title.reset();
        if (m.kind == MentionKind::title) continue;
        m.span = doc.original_span(m.span);
        quote(m.sentence);
    }
    for (auto& r : doc.relations) {
        const bool written = r.head < doc.mentions.size() && r.tail < doc.mentions.size() &&
                             doc.mentions[r.head].kind != MentionKind::title &&
                             doc.mentions[r.tail].kind != MentionKind::title;
        if (!written) continue;
        r.evidence = doc.original_span(r.evidence);
        quote(r.sentence);
    }
    f.mentions = std::move(doc.mentions);
    f.relations = std::move(doc.relations);
    return f;
}

}  // namespace kg::extract
