#include "engines/builtin/docs/doc_util.h"

#include "core/text.h"

namespace packaudit {
namespace docs {
namespace {

std::string_view Dirname(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

std::string_view Stem(std::string_view path) {
  const size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(0, dot);
}

// For an item whose YAML sits directly in its group folder: the sibling
// "<stem><suffix>".
const ParsedFile* SiblingOfTopLevelYaml(const Pack& pack, const Item& item,
                                        std::string_view suffix) {
  if (item.owns_dir || item.yaml == nullptr) return nullptr;
  const std::string rel = pack.RelativePath(item.yaml->source->path());
  std::string sibling(Dirname(rel));
  if (!sibling.empty()) sibling += '/';
  sibling += Stem(rel);
  sibling += suffix;
  return pack.FileAt(sibling);
}

}  // namespace

std::string VisibleText(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find("<!--", i);
    if (open == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    const size_t close = text.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    i = close + 3;
  }
  return std::string(Trim(out));
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string FoldSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : Lower(Trim(text))) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

const ParsedFile* ItemReadme(const Pack& pack, const Item& item) {
  if (item.readme != nullptr) return item.readme;
  return SiblingOfTopLevelYaml(pack, item, "_README.md");
}

const ParsedFile* ItemDescription(const Pack& pack, const Item& item) {
  if (item.description != nullptr) return item.description;
  return SiblingOfTopLevelYaml(pack, item, "_description.md");
}

void EmitAtKey(const RuleSpec& rule, const ParsedFile& file, const DocNode* map,
               std::string_view key, const MessageArgs& args, std::string match_text,
               Emitter& emitter) {
  const SourceFile& source = *file.source;
  const DocNode* root = file.doc && file.doc->IsMap() ? &*file.doc : nullptr;
  for (const auto& [node, name] :
       {std::pair{map, key}, std::pair{root, std::string_view("name")}}) {
    if (node == nullptr) continue;
    const DocNode* key_node = node->KeyNode(name);
    if (key_node == nullptr) continue;
    const DocNode* value = node->Get(name);
    size_t end = source.OffsetOf(key_node->end);
    if (value != nullptr && value->IsScalar() && !value->block_literal &&
        value->end.line == key_node->position.line) {
      end = source.OffsetOf(value->end);
    }
    emitter.AtBytes(rule, source, source.OffsetOf(key_node->position), end, args,
                    std::move(match_text));
    return;
  }
  emitter.AtLine(rule, source, 1, args, std::move(match_text));
}

}  // namespace docs
}  // namespace packaudit
