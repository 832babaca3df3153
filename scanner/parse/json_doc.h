// JSON -> DocNode with exact positions. Structure and positions come from the tree-sitter JSON
// grammar; scalar values are decoded with nlohmann-json. Strict: any syntax error (tree-sitter
// ERROR/MISSING node, trailing garbage, empty input) is a Diagnostic (ENG001) at its position.
// Thread-safe (one parser per thread).
#ifndef PACKAUDIT_PARSE_JSON_DOC_H_
#define PACKAUDIT_PARSE_JSON_DOC_H_

#include <variant>

#include "core/source_file.h"
#include "parse/diagnostic.h"
#include "parse/doc_node.h"

namespace packaudit {

std::variant<DocNode, Diagnostic> ParseJson(const SourceFile& file);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_JSON_DOC_H_
