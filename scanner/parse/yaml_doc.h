// YAML -> DocNode with line/column marks (yaml-cpp). Never throws: yaml-cpp exceptions are caught
// at this edge and returned as a Diagnostic (ENG001) with the error's position.
// Thread-safe: no shared state.
#ifndef PACKAUDIT_PARSE_YAML_DOC_H_
#define PACKAUDIT_PARSE_YAML_DOC_H_

#include <variant>

#include "core/source_file.h"
#include "parse/diagnostic.h"
#include "parse/doc_node.h"

namespace packaudit {

// Parses the first document of `file`. An empty file is a null node, not an error.
std::variant<DocNode, Diagnostic> ParseYaml(const SourceFile& file);

}  // namespace packaudit

#endif  // PACKAUDIT_PARSE_YAML_DOC_H_
