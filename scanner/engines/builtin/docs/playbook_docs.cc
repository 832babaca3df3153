// DOC017: a playbook has its README (Playbooks/playbook-<Name>_README.md) and a
// PNG of its flow in the pack's doc_files/ folder. The image counts when the
// README shows a PNG that exists in doc_files/ (by a relative path, or by a
// link to this pack's doc_files in the content repository), or when doc_files/
// holds a PNG named after the playbook (its name or file stem without
// "playbook-", compared on letters and digits only). One finding per playbook,
// on its YAML `name:`, naming what is missing.
#include <cctype>

#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_images.h"
#include "engines/builtin/docs/doc_util.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

std::string Key(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

bool IsPng(std::string_view path) { return docs::Lower(path).ends_with(".png"); }

bool ReadmeShowsDocFilesPng(const Pack& pack, const ParsedFile& readme) {
  for (const docs::ImageRef& ref : docs::ImagesOf(pack, readme)) {
    const std::string& path =
        ref.kind == docs::ImageRef::Kind::kRelative ? ref.pack_path : ref.content_repo_path;
    if (!path.empty() && docs::InDocFiles(path) && IsPng(path) && pack.FileAt(path) != nullptr) {
      return true;
    }
  }
  return false;
}

bool DocFilesHasNamedPng(const Pack& pack, const Item& item, std::string_view name) {
  std::string stem = item.name;
  if (stem.starts_with("playbook-")) stem = stem.substr(9);
  const std::string by_stem = Key(stem);
  const std::string by_name = Key(name);
  for (const ParsedFile* file : pack.files) {
    const std::string rel = pack.RelativePath(file->source->path());
    if (!rel.starts_with("doc_files/") || !IsPng(rel)) continue;
    const std::string file_key = Key(rel.substr(10, rel.size() - 14));
    if (!file_key.empty() && (file_key == by_stem || file_key == by_name)) return true;
  }
  return false;
}

}  // namespace

void CheckPlaybookDocs(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                       Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kPlaybook || item.yaml == nullptr) continue;
    const DocNode* doc = ItemDoc(item);
    const std::string name = doc != nullptr && !TextOf(*doc, "name").empty()
                                 ? std::string(TextOf(*doc, "name"))
                                 : item.name;
    const ParsedFile* readme = docs::ItemReadme(pack, item);
    const bool has_image = (readme != nullptr && ReadmeShowsDocFilesPng(pack, *readme)) ||
                           DocFilesHasNamedPng(pack, item, name);
    if (readme != nullptr && has_image) continue;
    std::string missing;
    if (readme == nullptr) missing = item.name + "_README.md";
    if (!has_image) {
      if (!missing.empty()) missing += " and no ";
      missing += "PNG image of its flow in doc_files/";
    }
    docs::EmitAtKey(rule, *item.yaml, doc, "name", {{"playbook", name}, {"missing", missing}},
                    "playbook docs " + item.name, emitter);
  }
}

}  // namespace packaudit
