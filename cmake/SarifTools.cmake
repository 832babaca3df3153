# SARIF validation tools for the test suite.
#
# Fetches the pinned SARIF Multitool (the npm package @microsoft/sarif-multitool-linux, a
# self-contained .NET executable; no dotnet needed) through npm_fetch, unpacking only the binary,
# and defines:
#   SARIF_MULTITOOL          path of the Sarif.Multitool executable ("" when unavailable)
#   SARIF_VALIDATE           path of ci/validate-sarif
#   sarif_validate_test(NAME <test> FILE <file.sarif> [SRCROOT <dir>] [DEPENDS <fixture>...])
#       registers a ctest test that runs ci/validate-sarif on FILE with the shared schema and
#       Multitool policy (and the primaryLocationLineHash oracle cross-check when SRCROOT is
#       given). Needs PACKAUDIT_SHARED_DIR to hold sarif/.
include_guard(GLOBAL)

if(NOT COMMAND npm_fetch)
  include(NpmTarball)
endif()

set(SARIF_VALIDATE "${PROJECT_SOURCE_DIR}/ci/validate-sarif")
set(SARIF_MULTITOOL "")

if(CMAKE_HOST_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_HOST_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64)$")
  # SHA-256 of the tarball the npm registry serves for this version (its sha1 is the registry's
  # dist.shasum c4336533d697196caf44dbce07394df2cbf90eee).
  npm_fetch(_sarif_multitool_dir "@microsoft/sarif-multitool-linux" "5.7.0"
            "27d8e3e96dde578a23b7c45035b8d741fece5731e2700aa068015b8c44d1514e"
            PATHS Sarif.Multitool)
  set(SARIF_MULTITOOL "${_sarif_multitool_dir}/Sarif.Multitool")
  if(NOT EXISTS "${SARIF_MULTITOOL}")
    message(FATAL_ERROR "SARIF Multitool missing after unpacking: ${SARIF_MULTITOOL}")
  endif()
  # The tarball stores the binary without execute permission.
  file(CHMOD "${SARIF_MULTITOOL}"
       PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                   WORLD_READ WORLD_EXECUTE)
else()
  message(WARNING "SARIF Multitool is only available for Linux x86_64; "
                  "SARIF validation tests are not registered")
endif()

function(sarif_validate_test)
  cmake_parse_arguments(PARSE_ARGV 0 a "" "NAME;FILE;SRCROOT" "DEPENDS")
  if(NOT SARIF_MULTITOOL)
    return()
  endif()
  set(shared "${PACKAUDIT_SHARED_DIR}/sarif")
  set(args --schema "${shared}/sarif-schema-2.1.0.json" --multitool "${SARIF_MULTITOOL}"
           --rules "${shared}/multitool-gh-rules.xml")
  if(a_SRCROOT)
    list(APPEND args --srcroot "${a_SRCROOT}")
  endif()
  add_test(NAME "${a_NAME}" COMMAND "${SARIF_VALIDATE}" ${args} "${a_FILE}")
  if(a_DEPENDS)
    set_tests_properties("${a_NAME}" PROPERTIES FIXTURES_REQUIRED "${a_DEPENDS}")
  endif()
endfunction()
