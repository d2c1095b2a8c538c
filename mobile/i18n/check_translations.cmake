# cmake -DTS_FILES="a.ts;b.ts" -P check_translations.cmake
# Fails when a .ts file has an unfinished or empty translation, so no
# user-visible string ships untranslated.
foreach(ts IN LISTS TS_FILES)
  file(READ ${ts} content)
  string(FIND "${content}" "type=\"unfinished\"" unfinished)
  string(FIND "${content}" "<translation></translation>" empty)
  if(NOT unfinished EQUAL -1 OR NOT empty EQUAL -1)
    message(FATAL_ERROR "${ts} has untranslated strings: update it (target update_translations) and translate them")
  endif()
endforeach()
