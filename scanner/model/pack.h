// Pack: a read-only typed view of one content pack, built from the already-parsed files of the
// pack by BuildPacks(). Holds pointers into the ParsedFiles (which must outlive it); never reads
// or parses files itself. Immutable after building; safe to read from several threads.
#ifndef PACKAUDIT_MODEL_PACK_H_
#define PACKAUDIT_MODEL_PACK_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/version.h"
#include "parse/parsed_file.h"

namespace packaudit {

enum class ItemType { kIntegration, kScript, kPlaybook, kTestPlaybook };
std::string_view ItemTypeName(ItemType type);  // "integration" | "script" | "playbook" | ...

// An integration, script or playbook of the pack.
struct Item {
  ItemType type = ItemType::kIntegration;
  std::string name;  // folder name (integrations/scripts) or YAML file stem (playbooks)
  std::string dir;   // display path of the item's folder (the group folder for top-level YAML)
  bool owns_dir = true;  // false for a YAML directly in Integrations/, Scripts/ or Playbooks/
  const ParsedFile* yaml = nullptr;
  const ParsedFile* code = nullptr;         // separate code file (not a test)
  const ParsedFile* readme = nullptr;
  const ParsedFile* description = nullptr;  // <Name>_description.md
  const ParsedFile* image = nullptr;        // <Name>_image.png
  std::vector<const ParsedFile*> tests;     // unit tests beside the code
  std::vector<const ParsedFile*> files;     // every file of the item
  std::string support_level;                // supportlevelheader, else the pack's support
};

struct ReleaseNote {
  const ParsedFile* file = nullptr;
  std::string file_name;            // "1_2_3.md"
  std::optional<Version> version;   // from a well-formed name "x_y_z.md"
};

struct Pack {
  std::string name;  // the pack's folder name
  std::string root;  // display path of the pack folder ("" when the scan root is the pack)
  const ParsedFile* metadata_file = nullptr;  // pack_metadata.json, when present
  const DocNode* metadata = nullptr;          // its tree, when it parsed to an object
  std::string support;                        // metadata "support" ("" when unknown)
  std::string current_version;                // metadata "currentVersion" as written
  bool certified = false;                     // metadata "certification" is "certified"
  const ParsedFile* readme = nullptr;         // README.md at the pack root
  std::vector<ReleaseNote> release_notes;     // .md release notes, by file name
  std::vector<Item> items;                    // by type then name
  std::vector<const ParsedFile*> files;       // every scanned file of the pack, by path

  // Path relative to the pack root ("Integrations/Foo/Foo.yml") of a display path in the pack.
  std::string RelativePath(std::string_view display_path) const;
  // The file at a path relative to the pack root, or nullptr.
  const ParsedFile* FileAt(std::string_view relative_path) const;
  // The item holding a display path, or nullptr.
  const Item* ItemOf(std::string_view display_path) const;
  // Support level that applies to a file: its item's, else the pack's.
  std::string SupportLevelOf(std::string_view display_path) const;
  // The file where pack-level findings are placed: pack_metadata.json, else README.md, else the
  // first file of the pack.
  const ParsedFile* AnchorFile() const;

  std::map<std::string, const ParsedFile*, std::less<>> by_relative_path;
};

// Pack roots for a set of display paths: "Packs/<Name>" prefixes, and folders holding a
// pack_metadata.json that are not inside such a prefix. Sorted, unique.
std::vector<std::string> FindPackRoots(const std::vector<std::string>& display_paths);
// The longest root that contains `display_path` (a root "" contains everything), or nullopt.
std::optional<std::string> PackRootFor(std::string_view display_path,
                                       const std::vector<std::string>& roots);
// `display_path` relative to `root` ("" root: unchanged).
std::string PathInPack(std::string_view display_path, std::string_view root);

// Builds one Pack per root from the files that belong to it (files must already be parsed and
// classified). Files outside every root are ignored here. Packs are sorted by root. A pack whose
// root is "" (the scan root itself) is named `display_root_name`.
std::vector<Pack> BuildPacks(const std::vector<const ParsedFile*>& files,
                             const std::vector<std::string>& roots,
                             std::string_view display_root_name);

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_PACK_H_
