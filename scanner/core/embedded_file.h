// A file embedded into the binary at build time (see cmake/EmbedFiles.cmake).
#ifndef PACKAUDIT_CORE_EMBEDDED_FILE_H_
#define PACKAUDIT_CORE_EMBEDDED_FILE_H_

#include <cstddef>

namespace packaudit {

struct EmbeddedFile {
  const char* path;  // relative to the embedded folder, '/'-separated; nullptr ends a table
  const char* data;  // not NUL-terminated as far as size goes (a NUL follows for convenience)
  size_t size;
  const char* sha256;  // SHA-256 of the bytes, 64 lower-case hex digits (computed at build time)
};

// The files of rules/ (rule TOML files and data lists), sorted by path.
extern const EmbeddedFile kEmbeddedRules[];
extern const size_t kEmbeddedRules_count;

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_EMBEDDED_FILE_H_
