// ParsedFile: one file after the parse step: its bytes, its kind and whatever structure its kind
// has (YAML/JSON tree, Markdown structure, code tree, C/C++ facts, embedded code). Each file is
// parsed once, by ParseFile(); rules and the pack model only read it. Immutable after ParseFile
// returns.
#ifndef PACKAUDIT_PARSE_PARSED_FILE_H_
#define PACKAUDIT_PARSE_PARSED_FILE_H_

#include <memory>
#include <optional>
#include <vector>

#include "core/file_kind.h"
#include "core/source_file.h"
#include "parse/c_facts.h"
#include "parse/code_strings.h"
#include "parse/code_tree.h"
#include "parse/diagnostic.h"
#include "parse/doc_node.h"
#include "parse/embedded_code.h"
#include "parse/markdown.h"

namespace packaudit {

struct ParsedFile {
  std::unique_ptr<SourceFile> source;
  FileKind kind = FileKind::kText;
  std::optional<DocNode> doc;               // YAML and JSON kinds that parsed
  std::optional<MarkdownDoc> markdown;      // Markdown kinds
  std::unique_ptr<CodeTree> code;           // Python/JavaScript/PowerShell files
  std::optional<EmbeddedCode> embedded;     // unified YAML
  std::unique_ptr<CodeTree> embedded_tree;  // the tree of `embedded->code`
  std::unique_ptr<CFacts> c_facts;          // C and C++ files: call sites and string literals
  std::vector<Diagnostic> diagnostics;      // parse problems (ENG001, ENG002, ENG004, ENG005)
  // String literals of `code` (or of `embedded_tree`, with offsets in this YAML file, or of a C or
  // C++ file); kept when the trees are freed after the file pass. Capped per file: see
  // parse/code_strings.h.
  CodeStrings code_strings;
};

// Parses `source` as its kind. Never throws; problems become diagnostics. A text kind that holds
// a NUL byte gets ENG004 and is not parsed (nor scanned) further. Invalid UTF-8 gets ENG005 and
// is still parsed and scanned, so no finding is lost.
ParsedFile ParseFile(std::unique_ptr<SourceFile> source, FileKind kind);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_PARSED_FILE_H_
