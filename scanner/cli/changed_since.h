// Diff-aware scope (`scan --changed-since REF`): scan only the packs that differ from the git
// revision REF, each one whole so cross-file rules stay correct.
//
// The given paths (default ".") must lie in one git work tree. Every changed path (work tree and
// index against REF, untracked files included, renames on both sides) is mapped to its pack
// root: `Packs/<Name>/`, else the nearest folder holding pack_metadata.json now or at REF. Packs
// inside the given paths that still exist are scanned; a deleted pack and changes outside any
// pack are only counted in the notes. For each scanned pack the base facts (model/pack_base.h)
// are read from REF. Errors (not a repository, REF cannot be resolved, a path outside the work
// tree) are Status messages. Single-threaded; reads the git repository and the file system.
#ifndef PACKAUDIT_CLI_CHANGED_SINCE_H_
#define PACKAUDIT_CLI_CHANGED_SINCE_H_

#include <filesystem>

#include "cli/scan_args.h"
#include "cli/scope.h"
#include "core/status.h"

namespace packaudit {

// `root` is the absolute display root; pack bases are keyed by the pack's display path under it.
StatusOr<ResolvedScope> ResolveChangedSince(const ScanArgs& args,
                                            const std::filesystem::path& root);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_CHANGED_SINCE_H_
