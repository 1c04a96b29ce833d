# The bad-input matrix: every entry point (build, export, the queries, eval, manifests, ontology
# folders) fed generated bad inputs; each row is the exit code, the number of stderr lines and a
# regex the stderr must match (one line per problem, naming the input). make_inputs.py writes the
# inputs under cli-work/robust/ as a fixture; rows run in parallel from cli-work/.
# Included from tests/CMakeLists.txt after tests/cli/ctest.cmake (uses kg_cli_test).

set(KG_ROBUST_DIR ${CMAKE_CURRENT_SOURCE_DIR}/robust)
set(R robust)  # inputs, relative to KG_CLI_WORK
add_test(NAME robust_make_inputs
         COMMAND python3 ${KG_ROBUST_DIR}/make_inputs.py ${KG_CLI_WORK}/${R} ${PROJECT_SOURCE_DIR}/ontology)
set_tests_properties(robust_make_inputs PROPERTIES FIXTURES_SETUP robust_inputs LABELS robust)

# kg_robust(NAME EXIT LINES STDERR_REGEX kgraph-args...): a row whose command writes nothing.
function(kg_robust name exit lines stderr)
  kg_cli_test(robust_${name} EXIT ${exit} STDERR "${stderr}" STDERR_LINES ${lines}
    FIXTURES_REQUIRED robust_inputs ARGS ${ARGN})
  set_tests_properties(robust_${name} PROPERTIES LABELS "cli;robust")
endfunction()

# kg_robust_write(NAME EXIT LINES STDERR_REGEX STDOUT_REGEX cmd-and-inputs...): a build or export
# row writing ${R}/out/NAME.graphml; the file must exist when EXIT <= 1 and must not otherwise.
function(kg_robust_write name exit lines stderr stdout)
  set(out ${KG_CLI_WORK}/${R}/out/${name}.graphml)
  if(exit LESS_EQUAL 1)
    set(files FILES ${out})
  else()
    set(files NO_FILES ${out})
  endif()
  kg_cli_test(robust_${name} EXIT ${exit} STDERR "${stderr}" STDERR_LINES ${lines}
    STDOUT "${stdout}" ${files} FIXTURES_REQUIRED robust_inputs ARGS ${ARGN} -o ${out})
  set_tests_properties(robust_${name} PROPERTIES LABELS "cli;robust")
endfunction()

set(E "^kgraph: error: ${R}/")          # an error line naming an input
set(W "^kgraph: warning: ${R}/")        # a warning line naming an input
set(W2 "\nkgraph: warning: ${R}/")     # a later warning line
set(SKIP "(.|\n)*kgraph: error: ${R}/") # ... then the error line of a build with nothing left

# --- kgraph build: articles ------------------------------------------------------------------------
#   name                    exit lines stderr                                                stdout
kg_robust_write(build_good_control 0 0 "^$" "articles: 1 read" build ${R}/good.txt)
kg_robust_write(build_missing_path 3 1 "${E}nope: no such file or folder\\. \\[KG-E121\\]\n$" "^$"
  build ${R}/nope)
kg_robust_write(build_empty_folder 3 1 "${E}corpus-empty: no readable article \\(0 skipped\\)" "^$"
  build ${R}/corpus-empty)
kg_robust_write(build_folder_without_txt 3 1 "${E}corpus-no-txt: no readable article" "^$"
  build ${R}/corpus-no-txt)
kg_robust_write(build_zero_byte_file 3 2 "${W}empty\\.txt: empty or whitespace only. skipped\\.${SKIP}empty\\.txt: no readable article" "^$"
  build ${R}/empty.txt)
kg_robust_write(build_blank_file 3 2 "${W}blank\\.txt: empty or whitespace only" "^$"
  build ${R}/blank.txt)
kg_robust_write(build_binary_file 3 2 "${W}binary\\.txt: binary data \\(NUL byte at offset 8\\)" "^$"
  build ${R}/binary.txt)
kg_robust_write(build_invalid_utf8 3 2 "${W}bad-utf8\\.txt: invalid UTF-8 at byte offset 153. skipped" "^$"
  build ${R}/bad-utf8.txt)
kg_robust_write(build_utf16le 3 2 "${W}utf16le\\.txt: encoded as UTF-16LE \\(byte-order mark\\), not UTF-8. convert it, e\\.g\\. iconv -f UTF-16LE -t UTF-8" "^$"
  build ${R}/utf16le.txt)
kg_robust_write(build_utf16be 3 2 "${W}utf16be\\.txt: encoded as UTF-16BE" "^$"
  build ${R}/utf16be.txt)
kg_robust_write(build_utf8_bom 0 0 "^$" "articles: 1 read.*Person" build ${R}/bom.txt)
kg_robust_write(build_crlf 0 0 "^$" "articles: 1 read.*Person" build ${R}/crlf.txt)
kg_robust_write(build_control_characters 0 0 "^$" "articles: 1 read" build ${R}/control.txt)
kg_robust_write(build_html_as_txt 3 2 "${W}page\\.txt: an HTML page, not a plain-text article" "^$"
  build ${R}/page.txt)
kg_robust_write(build_long_line 0 0 "^$" "articles: 1 read.*Country" build ${R}/long-line.txt)
kg_robust_write(build_huge_file_in_parts 3 14
  "${W}huge\\.txt#part=1/13: binary data \\(NUL byte at offset 0\\)(.|\n)*${W2}huge\\.txt#part=13/13: binary data \\(NUL byte at offset 100663296\\)" "^$"
  build ${R}/huge.txt)
kg_robust_write(build_invalid_utf8_repaired 0 1
  "${W}bad-utf8\\.txt: invalid UTF-8 at byte offset 153. repaired \\(1 byte replaced by '.'\\)\\.\n$"
  "articles: 1 read" build ${R}/bad-utf8.txt --repair-utf8)
kg_robust_write(build_one_bad_article_skipped 1 4
  "${W}mixed/b-bad-utf8\\.txt: invalid UTF-8 at byte offset 153.*${W2}mixed/c-utf16\\.txt: encoded as UTF-16LE.*${W2}mixed/d-page\\.txt: an HTML page.*${W2}mixed/e-empty\\.txt: empty"
  "articles: 1 read .*4 skipped" build ${R}/mixed)

# --- kgraph build: manifests (the articles are built; the bad metadata is a warning, exit 0) -----
kg_robust_write(manifest_wrong_type 0 1 "${W}manifest-types/manifest\\.json: /0: 'date' is not a string. entry ignored\\.\n$"
  "articles: 1 read" build ${R}/manifest-types)
kg_robust_write(manifest_missing_file 0 1 "${W}manifest-missing-file/manifest\\.json: /1: names 'gone\\.txt', which is not in the folder"
  "articles: 1 read" build ${R}/manifest-missing-file)
kg_robust_write(manifest_not_an_array 0 1 "${W}manifest-not-array/manifest\\.json: expected an array"
  "articles: 1 read" build ${R}/manifest-not-array)
kg_robust_write(manifest_malformed 0 1 "${W}manifest-broken/manifest\\.json: invalid JSON at byte [0-9]+: .*The manifest is ignored\\.\n$"
  "articles: 1 read" build ${R}/manifest-broken)
kg_robust_write(manifest_nested_200000_deep 0 1 "${W}manifest-deep/manifest\\.json: invalid JSON at byte 256: arrays and objects nested deeper than 256 levels"
  "articles: 1 read" build ${R}/manifest-deep)
kg_robust_write(manifest_bad_date 0 1 "${W}manifest-bad-date/manifest\\.json: /0: 'date' is not YYYY-MM-DD"
  "articles: 1 read" build ${R}/manifest-bad-date)

# --- kgraph export: graph files ------------------------------------------------------------------
kg_robust_write(export_graphml_control 0 0 "^$" "wrote" export ${R}/base.graphml)
kg_robust_write(export_jsonld_control 0 0 "^$" "wrote" export ${R}/base.jsonld)
foreach(row
    "empty_graphml|empty.graphml|not well-formed XML at byte 0"
    "binary_graphml|binary.graphml|invalid UTF-8 at byte 136"
    "truncated_graphml|truncated.graphml|not well-formed XML at byte [0-9]+"
    "dangling_edge|dangling.graphml|edge '#2': target 'office:nowhere' is not a node of the graph"
    "duplicate_node_id|duplicate-id.graphml|node 'person:lloyd-austin': duplicate node id"
    "unknown_entity_type|unknown-type.graphml|node 'thing:x': .*Spaceship"
    "unknown_relation_type|unknown-relation.graphml|edge '#2': .*befriends"
    "domain_violation|domain-violation.graphml|edge '#2': .*holds-office"
    "control_character|control-chars.graphml|control character U\\+0001 at byte [0-9]+, which XML 1\\.0 does not allow"
    "undeclared_key|undeclared-key.graphml|node 'person:lloyd-austin': <data> refers to undeclared key 'nolabel'"
    "invalid_utf8_graphml|bad-utf8.graphml|invalid UTF-8 at byte [0-9]+"
    "utf16_graphml|utf16.graphml|encoded as UTF-16. kgraph reads UTF-8 XML only"
    "graphml_nested_200000_deep|deep.graphml|elements nested deeper than 256 levels"
    "not_graphml|not-graphml.graphml|no <graphml> root element"
    "huge_graphml_refused|huge.graphml|file is 1073741825 bytes, over the limit of 1073741824 bytes"
    "gexf_nested_200000_deep|deep.gexf|elements nested deeper than 256 levels .<x> at byte [0-9]+."
    "truncated_gexf|truncated.gexf|not well-formed XML at byte [0-9]+"
    "utf16_gexf|utf16.gexf|encoded as UTF-16. kgraph reads UTF-8 XML only"
    "empty_jsonld|empty.jsonld|invalid JSON at byte 0"
    "truncated_jsonld|truncated.jsonld|invalid JSON at byte 80"
    "jsonld_nested_200000_deep|deep.jsonld|invalid JSON at byte 282: arrays and objects nested deeper than 256 levels"
    "jsonld_objects_nested_200000_deep|deep-objects.jsonld|invalid JSON at byte 1298: arrays and objects nested deeper than 256 levels"
    "invalid_utf8_jsonld|bad-utf8.jsonld|invalid JSON at byte [0-9]+: Invalid encoding in string"
    "jsonld_graph_not_array|graph-not-array.jsonld|no '@graph' array"
    "dangling_statement|dangling.jsonld|@graph.2.: object '_:nowhere' is not an entity of the graph"
    "duplicate_jsonld_id|duplicate-id.jsonld|@graph.2. \\('_:a'\\): duplicate '@id' _:a"
    "unknown_jsonld_type|unknown-type.jsonld|@graph.2. \\('_:x'\\): unknown entity type 'Spaceship'"
    "jsonld_wrong_value_type|wrong-types.jsonld|@graph.0. \\('_:a'\\) 'name': expected a string")
  string(REPLACE "|" ";" row "${row}")
  list(GET row 0 name)
  list(GET row 1 file)
  list(GET row 2 why)
  string(REPLACE "." "\\." file_re "${file}")
  kg_robust_write(export_${name} 3 1 "${E}${file_re}: ${why}.*\\[KG-E[0-9]+\\]\n$" "^$"
    export ${R}/${file})
endforeach()

# The graph-file size limit can be raised (or lowered) for one run; a malformed value is refused.
kg_robust_write(export_graph_over_env_limit 3 1
  "${E}truncated\\.graphml: file is [0-9]+ bytes, over the limit of 100 bytes .*KGRAPH_MAX_GRAPH_BYTES"
  "^$" export ${R}/truncated.graphml)
set_tests_properties(robust_export_graph_over_env_limit PROPERTIES
  ENVIRONMENT KGRAPH_MAX_GRAPH_BYTES=100)
kg_robust_write(export_graph_limit_malformed 3 1
  "^kgraph: error: KGRAPH_MAX_GRAPH_BYTES='lots': expected a positive whole number of bytes"
  "^$" export ${R}/truncated.graphml)
set_tests_properties(robust_export_graph_limit_malformed PROPERTIES
  ENVIRONMENT KGRAPH_MAX_GRAPH_BYTES=lots)

# --- the queries and stats read graph files the same way; each with one bad file ----------------
kg_robust(stats_deep_jsonld 3 1 "${E}deep\\.jsonld: invalid JSON at byte 282: .*nested deeper" stats ${R}/deep.jsonld)
kg_robust(show_dangling_graphml 3 1 "${E}dangling\\.graphml: edge '#2': target" show ${R}/dangling.graphml "Lloyd Austin")
kg_robust(path_deep_graphml 3 1 "${E}deep\\.graphml: elements nested deeper" path ${R}/deep.graphml a b)
kg_robust(neighbors_empty_jsonld 3 1 "${E}empty\\.jsonld: invalid JSON at byte 0" neighbors ${R}/empty.jsonld a)
kg_robust(centrality_binary_graphml 3 1 "${E}binary\\.graphml: invalid UTF-8" centrality ${R}/binary.graphml)
kg_robust(timeline_utf16_graphml 3 1 "${E}utf16\\.graphml: encoded as UTF-16" timeline ${R}/utf16.graphml x)
kg_robust(query_folder_of_bad_articles 3 2 "${W}empty\\.txt: empty${SKIP}empty\\.txt: no readable article" show ${R}/empty.txt x)
kg_robust(query_missing_graph 3 1 "${E}absent\\.graphml: no such file or folder" show ${R}/absent.graphml x)

# --- kgraph eval: gold files -----------------------------------------------------------------------
kg_robust(eval_malformed_gold 3 1 "${E}gold-broken\\.json: invalid JSON at byte 11" eval --gold ${R}/gold-broken.json ${R}/base.graphml)
kg_robust(eval_gold_nested_200000_deep 3 1 "${E}gold-deep\\.json: invalid JSON at byte 256: arrays and objects nested deeper" eval --gold ${R}/gold-deep.json ${R}/base.graphml)
kg_robust(eval_gold_wrong_types 3 1 "${E}gold-wrong-types\\.json: " eval --gold ${R}/gold-wrong-types.json ${R}/base.graphml)
kg_robust(eval_bad_graph 3 1 "${E}deep\\.jsonld: invalid JSON" eval --gold ${R}/gold-broken.json ${R}/deep.jsonld)

# --- ontology folders that contradict themselves or cannot be read -------------------------------
kg_robust(ontology_missing 3 1 "${E}no-ontology: ontology folder not found" stats --ontology ${R}/no-ontology ${R}/base.graphml)
kg_robust(ontology_type_declared_twice 3 1 "${E}onto-duplicate-type/types\\.json: /types/[0-9]+/id: entity type 'Person' is declared twice" stats --ontology ${R}/onto-duplicate-type ${R}/base.graphml)
kg_robust(ontology_relation_declared_twice 3 1 "${E}onto-duplicate-relation/relations\\.json: /relations/[0-9]+/id: relation type 'holds-office' is declared twice" stats --ontology ${R}/onto-duplicate-relation ${R}/base.graphml)
kg_robust(ontology_unknown_domain 3 1 "${E}onto-unknown-domain/relations\\.json: /relations/0/domain/0: .*Spaceship" build --ontology ${R}/onto-unknown-domain ${R}/good.txt -o ${R}/out/never.graphml)
kg_robust(ontology_nested_200000_deep 3 1 "${E}onto-deep/types\\.json: invalid JSON at byte 256: arrays and objects nested deeper" stats --ontology ${R}/onto-deep ${R}/base.graphml)
kg_robust(ontology_malformed 3 1 "${E}onto-broken/types\\.json: invalid JSON at byte" stats --ontology ${R}/onto-broken ${R}/base.graphml)

# An article kgraph cannot open (mode 000) is skipped like any other bad one. root reads it
# anyway, so the row is skipped when the tests run as root.
add_test(NAME robust_build_unreadable_file
  COMMAND sh -c [=[
    [ "$(id -u)" -eq 0 ] && exit 77
    cp robust/good.txt robust/unreadable.txt && chmod 000 robust/unreadable.txt || exit 1
    "$0" build robust/unreadable.txt -o robust/out/unreadable.graphml 2>robust/unreadable.err
    rc=$?
    cat robust/unreadable.err
    [ "$rc" -eq 3 ] && grep -q "^kgraph: warning: robust/unreadable.txt: .*cannot read" robust/unreadable.err
  ]=] $<TARGET_FILE:kgraph>
  WORKING_DIRECTORY ${KG_CLI_WORK})
set_tests_properties(robust_build_unreadable_file PROPERTIES LABELS "cli;robust" SKIP_RETURN_CODE 77
  FIXTURES_REQUIRED robust_inputs)

# A 1 GiB article file is read in parts with bounded memory.
add_test(NAME robust_big_file_bounded_memory
  COMMAND python3 ${KG_ROBUST_DIR}/big_file_bounded_memory.py $<TARGET_FILE:kgraph>
          ${KG_CLI_WORK}/big-file)
# COST: a fresh clone has no test timings, so CTest would start the two slowest tests of the
# sanitizer pass (about 50 s and 15 s there) last, leaving one core idle at the end.
set_tests_properties(robust_big_file_bounded_memory PROPERTIES LABELS "cli;robust" TIMEOUT 300
                     COST 100)

# kill -9 in the middle of a large export leaves the previous output intact.
add_test(NAME robust_kill_during_export
  COMMAND ${KG_ROBUST_DIR}/kill_during_export.sh $<TARGET_FILE:kgraph> ${KG_CLI_WORK}/kill-export)
set_tests_properties(robust_kill_during_export PROPERTIES LABELS "cli;robust" TIMEOUT 120
                     COST 50)
