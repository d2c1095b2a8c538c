# amparo_embed_files(OUT_VAR NAMESPACE ns FILES a.csv b.csv)
# Compiles data files into the library as string_views, so reference data
# ships inside the binary and cannot drift from the code that reads it.
function(amparo_embed_files out_var)
  cmake_parse_arguments(ARG "" "NAMESPACE;NAME" "FILES" ${ARGN})
  set(out_cpp ${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}.cpp)
  list(JOIN ARG_FILES "|" files_arg)  # a ';' would split the shell command
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNAMESPACE=${ARG_NAMESPACE}
            "-DFILES=${files_arg}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${ARG_NAME}"
    VERBATIM)
  set(${out_var} ${out_cpp} PARENT_SCOPE)
endfunction()
