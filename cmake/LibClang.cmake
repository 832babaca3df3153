# LibClang::LibClang: libclang's C API (Debian libclang-14-dev), as an imported target of our own.
# Its headers live in /usr/lib/llvm-14/include, not in /usr/include; the library is
# libclang-14.so. At run time libclang finds its builtin headers by itself.
find_path(LIBCLANG_INCLUDE_DIR clang-c/Index.h
  HINTS /usr/lib/llvm-14/include
  DOC "Folder holding clang-c/Index.h")
find_library(LIBCLANG_LIBRARY NAMES clang-14 clang
  HINTS /usr/lib/llvm-14/lib
  DOC "libclang shared library")
if(NOT LIBCLANG_INCLUDE_DIR OR NOT LIBCLANG_LIBRARY)
  message(FATAL_ERROR "libclang not found: install libclang-14-dev (ci/bootstrap does)")
endif()
if(NOT TARGET LibClang::LibClang)
  add_library(LibClang::LibClang UNKNOWN IMPORTED)
  set_target_properties(LibClang::LibClang PROPERTIES
    IMPORTED_LOCATION "${LIBCLANG_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBCLANG_INCLUDE_DIR}")
endif()
message(STATUS "libclang: ${LIBCLANG_LIBRARY}")
