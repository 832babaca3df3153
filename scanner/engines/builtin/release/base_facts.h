// Helpers of the checks that compare a pack with its base revision (REL003, REL004, ADOPT008;
// diff-aware scans only, see model/pack_base.h): the base metadata, whether the version was
// raised, and which changed files are shipped content that needs a new version.
//
// A change needs a new version unless the file is documentation or development-only:
//   README.md and *_README.md, ReleaseNotes/, TestPlaybooks/, doc_files/ and doc_imgs/,
//   Author_image.png, unit tests (*_test.py, *_test.js, *.Tests.ps1, conftest.py) and their
//   test_data/ folders, command_examples(.txt), CHANGELOG.md, Pipfile(.lock), and dot files
//   (.pack-ignore, .secrets-ignore, .gitkeep). pack_metadata.json needs one only when a field of
//   PackMetadataBumpFields() changed (compare with ChangedBumpFields()).
// Pure functions; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_RELEASE_BASE_FACTS_H_
#define PACKAUDIT_ENGINES_BUILTIN_RELEASE_BASE_FACTS_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engines/builtin/builtin_rule.h"
#include "model/version.h"
#include "parse/doc_node.h"

namespace packaudit {

// The base pack_metadata.json, parsed (doc is nullopt when it is missing or does not parse to an
// object).
struct BaseMetadata {
  std::optional<DocNode> doc;
  std::optional<Version> version;  // its currentVersion, when well-formed
  std::string support;             // its support level ("" when absent)
};
BaseMetadata ParseBaseMetadata(const PackBase& base);

// The version change of a pack that existed at the base; nullopt when either version is missing
// or malformed (other rules report that).
struct VersionChange {
  Version base;
  Version head;
  bool raised() const { return head > base; }
};
std::optional<VersionChange> VersionChangeOf(const Pack& pack, const BaseMetadata& base);

// Whether changing the file at `path_in_pack` needs a new pack version (see above).
bool ChangeNeedsBump(std::string_view path_in_pack);

// pack_metadata.json fields whose change needs a new version: support, name, price,
// marketplaces, dependencies, serverMinVersion, excludedDependencies.
std::span<const std::string_view> PackMetadataBumpFields();
// The bump fields whose values differ between two metadata objects (either may be null).
std::vector<std::string> ChangedBumpFields(const DocNode* base, const DocNode* head);

// "ReleaseNotes/1_2_3.md" for 1.2.3.
std::string ReleaseNotePath(const Version& version);

// The display path of a file of `pack` given relative to its root.
std::string DisplayPathInPack(const Pack& pack, std::string_view path_in_pack);

// Emits on `"key": value` of pack_metadata.json when both are on one line, else on line 1.
void EmitAtMetadataKey(const RuleSpec& rule, const Pack& pack, std::string_view key,
                       const MessageArgs& args, const std::string& match_text, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_RELEASE_BASE_FACTS_H_
