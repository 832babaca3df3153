// Code embedded in a unified integration/script YAML (`script.script` of an integration, or the
// top-level `script` of an automation), extracted so it can be parsed as its own language.
//
// Offsets in the extracted code map back to the YAML file: for a literal block scalar ("|", "|-")
// line i of the code is line first_line+i-1 of the YAML, shifted right by `indent` bytes; for
// any other scalar (quoted, folded) every offset maps to the scalar's start.
#ifndef PACKAUDIT_PARSE_EMBEDDED_CODE_H_
#define PACKAUDIT_PARSE_EMBEDDED_CODE_H_

#include <memory>
#include <optional>

#include "core/file_kind.h"
#include "core/source_file.h"
#include "parse/code_tree.h"
#include "parse/doc_node.h"

namespace packaudit {

struct EmbeddedCode {
  Language language = Language::kPython;
  std::unique_ptr<SourceFile> code;  // path: "<yaml path>#script"
  bool line_mapped = false;          // a literal block scalar: exact line/column mapping
  int first_line = 1;                // YAML line of the code's first line (line_mapped only)
  size_t indent = 0;                 // bytes of indentation stripped from each line
  size_t scalar_offset = 0;          // YAML byte offset of the scalar (fallback mapping)

  // YAML byte offset for byte `offset` of the extracted code.
  size_t MapOffset(const SourceFile& yaml, size_t offset) const;
};

// Finds embedded code in a parsed integration or script YAML. The language comes from
// `script.type` (integrations) or `type` (scripts): python, javascript or powershell. Returns
// nullopt when the YAML has no embedded code ('' or '-' means the code lives beside it).
std::optional<EmbeddedCode> ExtractEmbeddedCode(const SourceFile& yaml, const DocNode& root);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_EMBEDDED_CODE_H_
