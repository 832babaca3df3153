# Fetches pinned npm tarballs at configure time into NPM_DEPS_DIR (never into the source tree),
# verifies their SHA-256 and unpacks only the listed paths.
set(NPM_DEPS_DIR "${CMAKE_BINARY_DIR}/_npm" CACHE PATH "Where pinned npm tarballs are cached and unpacked")
find_program(NPM_EXECUTABLE npm REQUIRED)

function(_npm_tgz out name version)  # '@a/b' + '1.0' -> a-b-1.0.tgz
  string(REGEX REPLACE "^@" "" f "${name}")
  string(REPLACE "/" "-" f "${f}")
  set(${out} "${NPM_DEPS_DIR}/tgz/${f}-${version}.tgz" PARENT_SCOPE)
endfunction()

# npm_prefetch(name@version ...): one `npm pack` for everything not yet cached.
function(npm_prefetch)
  set(missing "")
  foreach(spec IN LISTS ARGN)
    string(REGEX MATCH "^(@?[^@]+)@(.+)$" _ "${spec}")
    _npm_tgz(t "${CMAKE_MATCH_1}" "${CMAKE_MATCH_2}")
    if(NOT EXISTS "${t}")
      list(APPEND missing "${spec}")
    endif()
  endforeach()
  if(missing)
    file(MAKE_DIRECTORY "${NPM_DEPS_DIR}/tgz")
    message(STATUS "npm pack ${missing}")
    execute_process(COMMAND "${NPM_EXECUTABLE}" pack ${missing}
                            --pack-destination "${NPM_DEPS_DIR}/tgz"
                            --ignore-scripts --prefer-offline --silent
                    WORKING_DIRECTORY "${NPM_DEPS_DIR}/tgz"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(rc)
      message(FATAL_ERROR "npm pack failed (${rc}): ${err}")
    endif()
  endif()
endfunction()

# npm_fetch(<out-var> <name> <version> <sha256> PATHS p...): sets <out-var> to the unpacked package dir.
function(npm_fetch out name version sha256)
  cmake_parse_arguments(PARSE_ARGV 4 a "" "" "PATHS")
  _npm_tgz(t "${name}" "${version}")
  string(REPLACE "/" "+" leaf "${name}@${version}")
  set(dir "${NPM_DEPS_DIR}/src/${leaf}")
  if(NOT EXISTS "${dir}/.sha256-${sha256}")
    npm_prefetch("${name}@${version}")
    file(SHA256 "${t}" got)
    if(NOT got STREQUAL sha256)
      file(REMOVE "${t}")
      message(FATAL_ERROR "checksum mismatch for ${name}@${version}: got ${got}, want ${sha256}")
    endif()
    file(REMOVE_RECURSE "${dir}")
    list(TRANSFORM a_PATHS PREPEND "package/")
    file(ARCHIVE_EXTRACT INPUT "${t}" DESTINATION "${dir}" PATTERNS ${a_PATHS})
    file(TOUCH "${dir}/.sha256-${sha256}")
  endif()
  set(${out} "${dir}/package" PARENT_SCOPE)
endfunction()
