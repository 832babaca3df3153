// Lexical path helpers for the walk module ('/'-separated strings; no filesystem access, so
// ".." is collapsed textually). Pure functions, thread-safe.
#ifndef PACKAUDIT_WALK_PATH_UTIL_H_
#define PACKAUDIT_WALK_PATH_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

// The non-empty components of `path` ("a//b/" -> {"a", "b"}); "." and ".." are kept.
std::vector<std::string> SplitPath(std::string_view path);

// The last component of a '/'-separated path ("a/b/c.py" -> "c.py").
std::string_view Basename(std::string_view path);
// A file name without its last extension ("c.tar.gz" -> "c.tar", "README" -> "README").
std::string_view Stem(std::string_view name);

// Collapses "//", "." and "a/.." and drops a trailing '/'. An absolute path stays absolute ("/.."
// is "/"); a relative one keeps its leading ".." and is "" when it names the starting folder.
std::string NormalizePath(std::string_view path);

// `dir` + '/' + `name`, without doubling a separator; `dir` == "" gives `name`.
std::string JoinPath(std::string_view dir, std::string_view name);

// Whether normalised absolute `path` is `dir` or lies below it.
bool IsSameOrBelow(std::string_view path, std::string_view dir);

// `path` relative to `dir` when IsSameOrBelow (""  for `dir` itself).
std::string RelativeTo(std::string_view path, std::string_view dir);

}  // namespace packaudit

#endif  // PACKAUDIT_WALK_PATH_UTIL_H_
