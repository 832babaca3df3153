// DocNode: a YAML or JSON document as a tree of plain values with source positions.
//
// Built once per file by parse/yaml_doc.h or parse/json_doc.h; immutable afterwards and safe to
// read from any thread. Positions are 1-based lines and UTF-16 columns in the original file.
#ifndef PACKAUDIT_PARSE_DOC_NODE_H_
#define PACKAUDIT_PARSE_DOC_NODE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/source_file.h"

namespace packaudit {

class DocNode {
 public:
  enum class Kind { kNull, kScalar, kSequence, kMap };

  Kind kind = Kind::kNull;
  // Scalars: the value as text. JSON strings are unescaped; JSON numbers/booleans keep their
  // literal text ("1", "true"); YAML plain scalars keep their text, quoted ones are unescaped.
  std::string scalar;
  bool quoted = false;        // a JSON string or a quoted YAML scalar
  bool block_literal = false;  // a YAML literal block scalar ("|", "|-", "|+")
  Position position;           // where the value starts (for block scalars: the indicator)
  Position end;                // just past where the value ends (best effort for YAML)
  std::vector<std::pair<DocNode, DocNode>> entries;  // kMap: key node -> value node, in order
  std::vector<DocNode> items;                        // kSequence

  bool IsNull() const { return kind == Kind::kNull; }
  bool IsScalar() const { return kind == Kind::kScalar; }
  bool IsMap() const { return kind == Kind::kMap; }
  bool IsSequence() const { return kind == Kind::kSequence; }

  // Map lookup by key (first match); nullptr when absent or not a map.
  const DocNode* Get(std::string_view key) const;
  // The key node of `key` (for locating findings on a key); nullptr when absent.
  const DocNode* KeyNode(std::string_view key) const;
  // Dotted path lookup: "script.commands" (map keys only); nullptr when any step is absent.
  const DocNode* Find(std::string_view dotted_path) const;
  // Scalar text, or "" for anything else.
  std::string_view Text() const { return IsScalar() ? std::string_view(scalar) : ""; }
  // Empty: null, an empty/whitespace-only scalar, an empty map or sequence.
  bool Empty() const;
};

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_DOC_NODE_H_
