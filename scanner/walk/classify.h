// Classifier: maps a display path to exactly one FileKind from the XSOAR pack layout
// (rule-catalog section 1), by path alone. Pure function, thread-safe.
// File names are matched exactly, extensions case-insensitively; the precedence between
// overlapping patterns (a foo_test.py under test_data/, ...) is listed at the top of classify.cc.
// Also finds the pack a path belongs to.
#ifndef PACKAUDIT_WALK_CLASSIFY_H_
#define PACKAUDIT_WALK_CLASSIFY_H_

#include <string>
#include <string_view>

#include "core/file_kind.h"

namespace packaudit {

// `path_in_pack` is '/'-separated and relative to the pack root ("README.md",
// "Integrations/Foo/Foo.yml", "ReleaseNotes/1_0_1.md"); for a file outside any pack it is the
// display path, and pack-root kinds (pack_readme, pack_metadata, ...) are still decided by name.
FileKind ClassifyPath(std::string_view path_in_pack);

// The pack root of a display path when the path contains "Packs/<Name>/": the prefix up to and
// including "Packs/<Name>" (the last such occurrence); else "". The pipeline also treats any
// folder holding pack_metadata.json as a pack root.
std::string PackRootOf(std::string_view path);

}  // namespace packaudit

#endif  // PACKAUDIT_WALK_CLASSIFY_H_
