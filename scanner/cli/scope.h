// Scope resolution for `scan`: turns the command-line paths into the inputs the scan walks.
//
// - As given, by default.
// - --whole-packs: an input inside a pack (a folder with pack_metadata.json, or Packs/<Name>/...)
//   becomes that pack's root folder, so cross-file rules see the whole pack; inputs that need not
//   exist (a deleted file of a pack) still name their pack. Duplicates are dropped.
// - --changed-since REF (cli/changed_since.h): the packs that differ from the git revision REF,
//   each whole, with their base facts for the version-bump rules; a deleted pack is not scanned.
// Adds a sentence per decision to `notes` (shown in reports). Single-threaded; reads the file
// system only to find pack roots.
#ifndef PACKAUDIT_CLI_SCOPE_H_
#define PACKAUDIT_CLI_SCOPE_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/scan_args.h"
#include "core/status.h"
#include "model/pack_base.h"

namespace packaudit {

struct ResolvedScope {
  std::vector<std::filesystem::path> inputs;  // absolute, lexically normal, in given order, unique
  std::vector<std::string> notes;
  // --changed-since: the base of each scanned pack, by display root (ScanOptions::pack_bases).
  std::optional<PackBases> pack_bases;
};

// `root` is the absolute display root.
StatusOr<ResolvedScope> ResolveScope(const ScanArgs& args, const std::filesystem::path& root);

// The nearest folder at or above `path` (stopping at `root`) that is a pack root, or empty.
std::filesystem::path EnclosingPackRoot(const std::filesystem::path& path,
                                        const std::filesystem::path& root);

}  // namespace packaudit

#endif  // PACKAUDIT_CLI_SCOPE_H_
