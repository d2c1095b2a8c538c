# Project code builds with strict warnings; AMPARO_WERROR (on by default, and
# always in CI) turns them into errors. Generated and third-party code does not
# get these flags.
function(amparo_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wnull-dereference -Wimplicit-fallthrough)
  if(AMPARO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
