#include "model/pack.h"

#include <algorithm>
#include <set>

#include "walk/classify.h"
#include "walk/path_util.h"

namespace packaudit {
namespace {

std::string_view Dirname(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

bool Contains(std::string_view root, std::string_view path) {
  if (root.empty()) return true;
  return path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
         path[root.size()] == '/';
}

// Splits "Integrations/Foo/Foo.py" into its first folder, item folder and rest.
struct ItemPath {
  std::string_view group;  // "Integrations", "Scripts", "Playbooks", "TestPlaybooks"
  std::string_view name;   // "Foo" (folder) or the file name for top-level files
  bool top_level_file = false;
};

std::optional<ItemPath> SplitItemPath(std::string_view rel) {
  const size_t first = rel.find('/');
  if (first == std::string_view::npos) return std::nullopt;
  ItemPath p;
  p.group = rel.substr(0, first);
  if (p.group != "Integrations" && p.group != "Scripts" && p.group != "Playbooks" &&
      p.group != "TestPlaybooks") {
    return std::nullopt;
  }
  const std::string_view rest = rel.substr(first + 1);
  const size_t second = rest.find('/');
  if (second == std::string_view::npos) {
    p.name = rest;
    p.top_level_file = true;
  } else {
    p.name = rest.substr(0, second);
  }
  return p;
}

ItemType TypeOfGroup(std::string_view group) {
  if (group == "Integrations") return ItemType::kIntegration;
  if (group == "Scripts") return ItemType::kScript;
  if (group == "Playbooks") return ItemType::kPlaybook;
  return ItemType::kTestPlaybook;
}

bool IsYamlKind(FileKind kind) {
  return kind == FileKind::kIntegrationYaml || kind == FileKind::kScriptYaml ||
         kind == FileKind::kPlaybookYaml || kind == FileKind::kTestPlaybookYaml;
}

void AttachToItem(Item& item, const ParsedFile* file) {
  item.files.push_back(file);
  switch (file->kind) {
    case FileKind::kIntegrationYaml:
    case FileKind::kScriptYaml:
    case FileKind::kPlaybookYaml:
    case FileKind::kTestPlaybookYaml:
      if (item.yaml == nullptr) item.yaml = file;
      break;
    case FileKind::kPython:
    case FileKind::kJavaScript:
    case FileKind::kPowerShell:
      if (item.code == nullptr) item.code = file;
      break;
    case FileKind::kPythonTest:
    case FileKind::kPowerShellTest:
      item.tests.push_back(file);
      break;
    case FileKind::kItemReadme:
    case FileKind::kPlaybookReadme:
      if (item.readme == nullptr) item.readme = file;
      break;
    case FileKind::kIntegrationDescription:
      if (item.description == nullptr) item.description = file;
      break;
    case FileKind::kItemImage:
      if (item.image == nullptr) item.image = file;
      break;
    default:
      break;
  }
}

}  // namespace

std::string_view ItemTypeName(ItemType type) {
  switch (type) {
    case ItemType::kIntegration:
      return "integration";
    case ItemType::kScript:
      return "script";
    case ItemType::kPlaybook:
      return "playbook";
    case ItemType::kTestPlaybook:
      return "test_playbook";
  }
  return "integration";
}

std::string PathInPack(std::string_view display_path, std::string_view root) {
  if (root.empty()) return std::string(display_path);
  if (!Contains(root, display_path)) return std::string(display_path);
  return std::string(display_path.substr(root.size() + 1));
}

std::string Pack::RelativePath(std::string_view display_path) const {
  return PathInPack(display_path, root);
}

const ParsedFile* Pack::FileAt(std::string_view relative_path) const {
  auto it = by_relative_path.find(relative_path);
  return it == by_relative_path.end() ? nullptr : it->second;
}

const Item* Pack::ItemOf(std::string_view display_path) const {
  for (const auto& item : items) {
    if (item.owns_dir ? Contains(item.dir, display_path)
                      : std::any_of(item.files.begin(), item.files.end(), [&](const ParsedFile* f) {
                          return f->source->path() == display_path;
                        })) {
      return &item;
    }
  }
  return nullptr;
}

std::string Pack::SupportLevelOf(std::string_view display_path) const {
  const Item* item = ItemOf(display_path);
  return item != nullptr ? item->support_level : support;
}

const ParsedFile* Pack::AnchorFile() const {
  if (metadata_file != nullptr) return metadata_file;
  if (readme != nullptr) return readme;
  return files.empty() ? nullptr : files.front();
}

std::vector<std::string> FindPackRoots(const std::vector<std::string>& display_paths) {
  std::set<std::string> content_roots;
  for (const auto& path : display_paths) {
    std::string root = PackRootOf(path);
    if (!root.empty()) content_roots.insert(std::move(root));
  }
  std::set<std::string> roots = content_roots;
  for (const auto& path : display_paths) {
    if (Basename(path) != "pack_metadata.json") continue;
    const std::string dir(Dirname(path));
    const bool inside = std::any_of(content_roots.begin(), content_roots.end(),
                                    [&](const std::string& r) { return Contains(r, path); });
    if (!inside) roots.insert(dir);
  }
  return {roots.begin(), roots.end()};
}

std::optional<std::string> PackRootFor(std::string_view display_path,
                                       const std::vector<std::string>& roots) {
  std::optional<std::string> best;
  for (const auto& root : roots) {
    if (Contains(root, display_path) && (!best || root.size() > best->size())) best = root;
  }
  return best;
}

std::vector<Pack> BuildPacks(const std::vector<const ParsedFile*>& files,
                             const std::vector<std::string>& roots,
                             std::string_view display_root_name) {
  std::vector<Pack> packs(roots.size());
  for (size_t i = 0; i < roots.size(); ++i) {
    packs[i].root = roots[i];
    packs[i].name = roots[i].empty() ? std::string(display_root_name)
                                     : std::string(Basename(roots[i]));
  }
  for (const ParsedFile* file : files) {
    const auto root = PackRootFor(file->source->path(), roots);
    if (!root) continue;
    const size_t index = std::lower_bound(roots.begin(), roots.end(), *root) - roots.begin();
    Pack& pack = packs[index];
    pack.files.push_back(file);
    pack.by_relative_path.emplace(pack.RelativePath(file->source->path()), file);
  }
  for (Pack& pack : packs) {
    std::sort(pack.files.begin(), pack.files.end(), [](const ParsedFile* a, const ParsedFile* b) {
      return a->source->path() < b->source->path();
    });
    pack.metadata_file = pack.FileAt("pack_metadata.json");
    if (pack.metadata_file != nullptr && pack.metadata_file->doc &&
        pack.metadata_file->doc->IsMap()) {
      pack.metadata = &*pack.metadata_file->doc;
      if (const DocNode* s = pack.metadata->Get("support")) pack.support = std::string(s->Text());
      if (const DocNode* v = pack.metadata->Get("currentVersion")) {
        pack.current_version = std::string(v->Text());
      }
      if (const DocNode* c = pack.metadata->Get("certification")) {
        pack.certified = c->Text() == "certified";
      }
    }
    pack.readme = pack.FileAt("README.md");

    std::map<std::string, Item> items;  // key: group/name
    for (const ParsedFile* file : pack.files) {
      const std::string rel = pack.RelativePath(file->source->path());
      if (rel.rfind("ReleaseNotes/", 0) == 0 && file->kind == FileKind::kReleaseNote) {
        ReleaseNote rn;
        rn.file = file;
        rn.file_name = std::string(Basename(rel));
        rn.version = Version::Parse(Stem(rn.file_name), '_');
        pack.release_notes.push_back(std::move(rn));
        continue;
      }
      const auto item_path = SplitItemPath(rel);
      if (!item_path) continue;
      std::string item_name(item_path->name);
      if (item_path->top_level_file) {
        // Unified or playbook YAML directly in the group folder: one item per YAML file, and a
        // playbook's "<stem>_README.md" joins the item of "<stem>.yml".
        if (file->kind == FileKind::kPlaybookReadme) {
          std::string_view stem = Stem(item_path->name);
          if (stem.size() > 7 && stem.substr(stem.size() - 7) == "_README") {
            stem = stem.substr(0, stem.size() - 7);
          }
          item_name = std::string(stem);
        } else if (IsYamlKind(file->kind)) {
          item_name = std::string(Stem(item_path->name));
        } else {
          continue;
        }
      }
      const std::string key = std::string(item_path->group) + "/" + item_name;
      Item& item = items[key];
      if (item.name.empty()) {
        item.type = TypeOfGroup(item_path->group);
        item.name = item_name;
        const std::string group_dir =
            (pack.root.empty() ? "" : pack.root + "/") + std::string(item_path->group);
        item.dir = item_path->top_level_file ? group_dir : group_dir + "/" + item_name;
        item.owns_dir = !item_path->top_level_file;
      }
      AttachToItem(item, file);
    }
    for (auto& [key, item] : items) {
      item.support_level = pack.support;
      if (item.yaml != nullptr && item.yaml->doc) {
        if (const DocNode* h = item.yaml->doc->Get("supportlevelheader");
            h != nullptr && !h->Empty()) {
          item.support_level = std::string(h->Text());
        }
      }
      pack.items.push_back(std::move(item));
    }
    std::sort(pack.release_notes.begin(), pack.release_notes.end(),
              [](const ReleaseNote& a, const ReleaseNote& b) { return a.file_name < b.file_name; });
  }
  return packs;
}

}  // namespace packaudit
