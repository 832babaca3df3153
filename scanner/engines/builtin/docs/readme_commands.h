// How an integration README documents its commands, read from the Markdown structure (never by
// substring search). A command is documented by:
//   - a heading that starts with its name: "### acme-get-ip", "### 2. acme-get-ip",
//     "### !acme-get-ip (deprecated)";
//   - a table cell that is exactly its name or an example call of it: "acme-get-ip",
//     "!acme-get-ip ip=1.1.1.1" (argument, parameter and context-output tables do not count:
//     their cells name arguments and paths, not commands);
//   - in the older generated layout, a "Base Command" heading whose next line is the name as
//     code ("`acme-get-ip`").
// Pure functions; thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_DOCS_README_COMMANDS_H_
#define PACKAUDIT_ENGINES_BUILTIN_DOCS_README_COMMANDS_H_

#include <string_view>
#include <vector>

#include "core/source_file.h"
#include "parse/markdown.h"

namespace packaudit {
namespace docs {

// Whether the README (`doc`, parsed from `file`) documents the command `name`.
bool DocumentsCommand(const MarkdownDoc& doc, const SourceFile& file, std::string_view name);

// A context-output table: a header cell contains "path"; `path_column` is that
// cell's index.
struct OutputTable {
  const MdTable* table = nullptr;
  size_t path_column = 0;
};

// The context-output tables inside the sections whose heading names the command
// `name` (a section runs to the next heading of the same or a higher level).
std::vector<OutputTable> OutputTablesOf(const MarkdownDoc& doc, std::string_view name);

}  // namespace docs
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_DOCS_README_COMMANDS_H_
