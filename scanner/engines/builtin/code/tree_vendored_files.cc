// CODE016: a pack ships its own copy of a file the platform provides at run time
// (CommonServerPython.py, CommonServerUserPython.py, demistomock.py, CommonServerPowerShell.ps1,
// CommonServerUserPowerShell.ps1, demistomock.ps1). The classifier gives such copies their own
// kind (vendored_runtime: not parsed, not held to the pack's coding rules); the original, which
// is its own script item (Base's Scripts/CommonServerPython/), and files below test_data/ are
// other kinds. Reported once per file, on line 1.
#include <string>

#include "engines/builtin/code/checks_tree.h"
#include "engines/builtin/code/tree_walk.h"

namespace packaudit {

void CheckVendoredRuntimeFile(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const std::string name(tree_checks::BaseName(unit.file->path()));
  emitter.AtLine(rule, *unit.file, 1, MessageArgs{{"file", name}}, name);
}

}  // namespace packaudit
