// Path globs as users write them in .packaudit.toml (`exclude`, waiver `paths`), matched against
// '/'-separated display paths relative to the scan root:
//   *   any run of characters except '/'
//   **  any run of characters including '/' ("a/**" matches everything under a/, "**/x.py" any
//       x.py; "a/**/b" also matches "a/b")
//   ?   one character except '/'
// A pattern without '/' matches the last path component anywhere ("*.md" == "**/*.md").
// A pattern that names a folder also matches everything inside it ("Packs/Old" == "Packs/Old/**").
// Pure functions, thread-safe.
#ifndef PACKAUDIT_CORE_GLOB_H_
#define PACKAUDIT_CORE_GLOB_H_

#include <string_view>

namespace packaudit {

bool GlobMatch(std::string_view pattern, std::string_view path);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_GLOB_H_
