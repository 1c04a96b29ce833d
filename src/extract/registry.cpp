#include "extract/registry.hpp"

#include "extract/components/components.hpp"

namespace kg::extract {

void register_builtin_components(ComponentRegistry& registry) {
    registry.add("sentence_splitter", make_sentence_splitter);
    registry.add("gazetteer_ruler", make_gazetteer_ruler);
    registry.add("pattern_ruler", make_pattern_ruler);
    registry.add("person_ruler", make_person_ruler);
    registry.add("person_resolver", make_person_resolver);
    registry.add("office_linker", make_office_linker);
    registry.add("meeting_ruler", make_meeting_ruler);
    registry.add("succession_ruler", make_succession_ruler);
    registry.add("relation_ruler", make_relation_ruler);
}

}  // namespace kg::extract
