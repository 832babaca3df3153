#include "parse/doc_node.h"

namespace packaudit {
namespace {

bool IsBlank(std::string_view text) {
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace

const DocNode* DocNode::Get(std::string_view key) const {
  if (!IsMap()) return nullptr;
  for (const auto& [k, v] : entries) {
    if (k.IsScalar() && k.scalar == key) return &v;
  }
  return nullptr;
}

const DocNode* DocNode::KeyNode(std::string_view key) const {
  if (!IsMap()) return nullptr;
  for (const auto& entry : entries) {
    if (entry.first.IsScalar() && entry.first.scalar == key) return &entry.first;
  }
  return nullptr;
}

const DocNode* DocNode::Find(std::string_view dotted_path) const {
  const DocNode* node = this;
  while (node != nullptr) {
    const size_t dot = dotted_path.find('.');
    node = node->Get(dotted_path.substr(0, dot));
    if (dot == std::string_view::npos) break;
    dotted_path.remove_prefix(dot + 1);
  }
  return node;
}

bool DocNode::Empty() const {
  switch (kind) {
    case Kind::kNull:
      return true;
    case Kind::kScalar:
      return IsBlank(scalar);
    case Kind::kSequence:
      return items.empty();
    case Kind::kMap:
      return entries.empty();
  }
  return true;
}

}  // namespace packaudit
