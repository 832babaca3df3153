// Per-pack facts for the file pass: reads and parses each pack's `.secrets-ignore` once, through
// the FileSystem, before files are scanned in parallel. A file that is not among the walked files
// (ignored, too large, a symlink) or cannot be read gives a context without an allow-list (the
// walker already reports why). Pure function of its inputs; call from one thread.
#ifndef PACKAUDIT_SCAN_PACK_FILE_CONTEXTS_H_
#define PACKAUDIT_SCAN_PACK_FILE_CONTEXTS_H_

#include <string>
#include <vector>

#include "model/pack_file_context.h"
#include "walk/filesystem.h"
#include "walk/walker.h"

namespace packaudit {

// One context per root of `roots` (same order).
std::vector<PackFileContext> ReadPackFileContexts(const FileSystem& fs,
                                                  const std::vector<WalkedFile>& files,
                                                  const std::vector<std::string>& roots);

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_PACK_FILE_CONTEXTS_H_
