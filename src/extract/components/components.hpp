#pragma once
// Factories of the built-in components; each lives in its own .cpp in this folder and is
// registered by name in registry.cpp.
#include <memory>

#include "extract/component.hpp"

namespace kg::extract {

/// "sentence_splitter": tokens and sentences. Requires doc.text; assigns doc.tokens,
/// doc.sentences. Abbreviations from rules/text.json.
std::unique_ptr<Component> make_sentence_splitter(const ComponentContext& ctx);
/// "gazetteer_ruler": country, organization and title mentions by the lexicon's phrase matcher.
/// Config: "overlap": "longest_first" (the only policy so far).
std::unique_ptr<Component> make_gazetteer_ruler(const ComponentContext& ctx);
/// "pattern_ruler": meetings, agreements and bodies by name shape (rules/phrases.json), with
/// acronym definitions reused in the document.
std::unique_ptr<Component> make_pattern_ruler(const ComponentContext& ctx);
/// "person_ruler": persons from a title before a name, apposition and "counterpart, Name".
std::unique_ptr<Component> make_person_ruler(const ComponentContext& ctx);
/// "person_resolver": later full names and bare surnames resolve to persons already found.
std::unique_ptr<Component> make_person_resolver(const ComponentContext& ctx);
/// "meeting_ruler": meetings described by participants, kind and date ("the May 2 Chile-Peru
/// summit", "A will meet B on Friday"), with co-chaired and attended candidates. Config: word
/// lists (heads, kinds, fillers, series_words, meet_verbs, post_kinds, short_names).
std::unique_ptr<Component> make_meeting_ruler(const ComponentContext& ctx);
/// "succession_ruler": explicit successions ("A succeeded B", "replacing B", "A's predecessor,
/// B") with the office on the edge. Config: word lists forward, predecessor, successor, pronouns,
/// passive_aux.
std::unique_ptr<Component> make_succession_ruler(const ComponentContext& ctx);
/// "relation_ruler": co-chaired, attended, signed, discussed, held-in by the sentence patterns of
/// rules/relation_patterns.json.
std::unique_ptr<Component> make_relation_ruler(const ComponentContext& ctx);
/// "office_linker": Office mentions from titled persons, holds-office and office-of candidates.
std::unique_ptr<Component> make_office_linker(const ComponentContext& ctx);

}  // namespace kg::extract
