#include "engines/builtin/release/base_facts.h"

#include <array>
#include <variant>

#include "parse/json_doc.h"

namespace packaudit {
namespace {

std::string_view Basename(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool HasFolder(std::string_view path, std::string_view folder) {
  size_t start = 0;
  while (true) {
    const size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) return false;
    if (path.substr(start, slash - start) == folder) return true;
    start = slash + 1;
  }
}

bool SameNode(const DocNode* a, const DocNode* b) {
  const bool a_null = a == nullptr || a->IsNull();
  const bool b_null = b == nullptr || b->IsNull();
  if (a_null || b_null) return a_null == b_null;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case DocNode::Kind::kScalar:
      return a->scalar == b->scalar;
    case DocNode::Kind::kSequence:
      if (a->items.size() != b->items.size()) return false;
      for (size_t i = 0; i < a->items.size(); ++i) {
        if (!SameNode(&a->items[i], &b->items[i])) return false;
      }
      return true;
    case DocNode::Kind::kMap:
      // Key order does not matter in JSON objects.
      if (a->entries.size() != b->entries.size()) return false;
      for (const auto& [key, value] : a->entries) {
        if (!SameNode(&value, b->Get(key.scalar))) return false;
      }
      return true;
    case DocNode::Kind::kNull:
      return true;
  }
  return false;
}

}  // namespace

BaseMetadata ParseBaseMetadata(const PackBase& base) {
  BaseMetadata out;
  if (!base.metadata) return out;
  const SourceFile file("pack_metadata.json", *base.metadata);
  auto parsed = ParseJson(file);
  if (!std::holds_alternative<DocNode>(parsed)) return out;
  DocNode& doc = std::get<DocNode>(parsed);
  if (!doc.IsMap()) return out;
  if (const DocNode* version = doc.Get("currentVersion"))
    out.version = Version::Parse(version->Text());
  if (const DocNode* support = doc.Get("support")) out.support = std::string(support->Text());
  out.doc = std::move(doc);
  return out;
}

std::optional<VersionChange> VersionChangeOf(const Pack& pack, const BaseMetadata& base) {
  if (pack.metadata == nullptr || !base.version) return std::nullopt;
  const auto head = Version::Parse(pack.current_version);
  if (!head) return std::nullopt;
  return VersionChange{*base.version, *head};
}

bool ChangeNeedsBump(std::string_view path) {
  if (path == "pack_metadata.json") return false;  // by field: ChangedBumpFields()
  const std::string_view name = Basename(path);
  if (path.rfind("ReleaseNotes/", 0) == 0 || path.rfind("TestPlaybooks/", 0) == 0) return false;
  for (std::string_view folder : {"doc_files", "doc_imgs", "test_data", "test-data", "testdata"}) {
    if (HasFolder(path, folder)) return false;
  }
  if (name.empty() || name.front() == '.') return false;
  if (name == "README.md" || EndsWith(name, "_README.md")) return false;
  static constexpr std::array<std::string_view, 8> kNames = {
      "Author_image.png", "CHANGELOG.md",         "Pipfile",          "Pipfile.lock", "conftest.py",
      "command_examples", "command_examples.txt", "CONTRIBUTORS.json"};
  for (std::string_view n : kNames) {
    if (name == n) return false;
  }
  for (std::string_view suffix : {"_test.py", "_test.js", ".Tests.ps1"}) {
    if (EndsWith(name, suffix)) return false;
  }
  return true;
}

std::span<const std::string_view> PackMetadataBumpFields() {
  static constexpr std::array<std::string_view, 7> kFields = {"support",
                                                              "name",
                                                              "price",
                                                              "marketplaces",
                                                              "dependencies",
                                                              "serverMinVersion",
                                                              "excludedDependencies"};
  return kFields;
}

std::vector<std::string> ChangedBumpFields(const DocNode* base, const DocNode* head) {
  std::vector<std::string> changed;
  for (std::string_view field : PackMetadataBumpFields()) {
    const DocNode* a = base != nullptr ? base->Get(field) : nullptr;
    const DocNode* b = head != nullptr ? head->Get(field) : nullptr;
    if (!SameNode(a, b)) changed.emplace_back(field);
  }
  return changed;
}

std::string ReleaseNotePath(const Version& version) {
  return "ReleaseNotes/" + std::to_string(version.major) + "_" + std::to_string(version.minor) +
         "_" + std::to_string(version.patch) + ".md";
}

std::string DisplayPathInPack(const Pack& pack, std::string_view path_in_pack) {
  return pack.root.empty() ? std::string(path_in_pack)
                           : pack.root + "/" + std::string(path_in_pack);
}

void EmitAtMetadataKey(const RuleSpec& rule, const Pack& pack, std::string_view key,
                       const MessageArgs& args, const std::string& match_text, Emitter& emitter) {
  const SourceFile& file = *pack.metadata_file->source;
  const DocNode* value = pack.metadata->Get(key);
  const DocNode* key_node = pack.metadata->KeyNode(key);
  if (key_node != nullptr && value != nullptr && value->end.line == key_node->position.line) {
    emitter.AtBytes(rule, file, file.OffsetOf(key_node->position), file.OffsetOf(value->end), args,
                    match_text);
  } else {
    emitter.AtLine(rule, file, 1, args, match_text);
  }
}

}  // namespace packaudit
