# kg_enable_warnings(<target>): the project's warning set; -Werror unless KG_WARNINGS_AS_ERRORS is OFF.
function(kg_enable_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
  if(KG_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
