# KG_SANITIZER="address;undefined" instruments every target; UB aborts instead of recovering.
if(KG_SANITIZER)
  string(REPLACE ";" "," _kg_san "${KG_SANITIZER}")
  add_compile_options(-fsanitize=${_kg_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${_kg_san})
endif()
