// Phrase mentions (countries, organizations, titles, user entries) by the lexicon's token trie,
// longest match first, left to right within each sentence.
#include <cctype>

#include "extract/components/components.hpp"
#include "extract/name_shape.hpp"
#include "util/error.hpp"

namespace kg::extract {
namespace {

class GazetteerRuler final : public Component {
  public:
    explicit GazetteerRuler(const Lexicon& lx) : lx_(lx) {}
    std::string_view name() const noexcept override { return "gazetteer_ruler"; }
    ComponentInfo info() const override {
        return {{"doc.tokens", "doc.sentences"}, {"doc.mentions"}};
    }

    void operator()(Document& doc) const override {
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto& sent = doc.sentences[s];
            std::size_t i = sent.token_begin;
            while (i < sent.token_end) {
                const auto m = lx_.matcher().match_at(doc.tokens, i, sent.token_end);
                if (!m || !acceptable(doc, *m)) {
                    ++i;
                    continue;
                }
                const auto& e = lx_.entries()[m->entry];
                if (e.blocker) {
                    i = m->token_end;
                    continue;
                }
                Mention mention;
                mention.kind = e.kind;
                mention.span = Span{doc.tokens[m->token_begin].span.begin,
                                    doc.tokens[m->token_end - 1].span.end};
                mention.token_begin = m->token_begin;
                mention.token_end = m->token_end;
                mention.sentence = static_cast<std::uint32_t>(s);
                mention.label = e.canonical;
                mention.surface = token_text(doc, m->token_begin, m->token_end);
                mention.rule = "gazetteer_ruler";
                doc.mentions.push_back(std::move(mention));
                i = m->token_end;
            }
        }
    }

  private:
    // Names of things are capitalized in running text ("Turkey", not "turkey"); titles may not
    // be ("the defense minister").
    bool acceptable(const Document& doc, const PhraseMatch& m) const {
        if (lx_.entries()[m.entry].kind == MentionKind::title) return true;
        const auto c = static_cast<unsigned char>(doc.tokens[m.token_begin].text[0]);
        return std::isupper(c) || std::isdigit(c) || c >= 0x80;
    }

    const Lexicon& lx_;
};

}  // namespace

std::unique_ptr<Component> make_gazetteer_ruler(const ComponentContext& ctx) {
    check_config_keys(ctx, {"overlap"});
    if (ctx.config.HasMember("overlap") &&
        (!ctx.config["overlap"].IsString() ||
         std::string_view(ctx.config["overlap"].GetString()) != "longest_first"))
        throw OntologyError("KG-E221",
                            ctx.origin + ": /config/overlap: only \"longest_first\" is supported.");
    return std::make_unique<GazetteerRuler>(ctx.lexicon);
}

}  // namespace kg::extract
