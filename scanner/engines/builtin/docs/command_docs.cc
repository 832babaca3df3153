// DOC011 and DOC012: an integration's commands and their context outputs
// against its README.
//
// DOC011 places each finding on the command's `name:` in the YAML: the README
// has no line for a section that does not exist, while the YAML line names
// exactly the undocumented command (and is the line a pull request that adds a
// command touches). DOC012 compares only commands whose README section has a
// context-output table; a YAML output missing from the table is reported on its
// `contextPath:`, a documented path the YAML does not declare on its README
// table row.
#include <set>

#include "engines/builtin/docs/checks.h"
#include "engines/builtin/docs/doc_util.h"
#include "engines/builtin/docs/readme_commands.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

// The README's Markdown structure (parsed once by the pipeline; parsed here
// otherwise).
const MarkdownDoc& MarkdownOf(const ParsedFile& readme, std::optional<MarkdownDoc>& storage) {
  if (readme.markdown) return *readme.markdown;
  storage = ParseMarkdown(*readme.source);
  return *storage;
}

// The line of `path` in the README at or after `table`'s first line (the table
// line itself when the text cannot be found as written, e.g. because of
// Markdown escapes).
int RowLine(const SourceFile& file, const MdTable& table, std::string_view path) {
  const size_t from = file.LineStart(table.position.line);
  size_t at = file.text().find(path, from);
  while (at != std::string_view::npos) {
    const char before = at > 0 ? file.text()[at - 1] : '\n';
    const size_t after_at = at + path.size();
    const char after = after_at < file.size() ? file.text()[after_at] : '\n';
    auto boundary = [](char c) {
      return c == '|' || c == ' ' || c == '\t' || c == '`' || c == '\n';
    };
    if (boundary(before) && boundary(after)) return file.LineOf(at);
    at = file.text().find(path, at + 1);
  }
  return table.position.line;
}

}  // namespace

void CheckCommandsDocumented(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                             Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || item.yaml == nullptr) continue;
    const ParsedFile* readme = docs::ItemReadme(pack, item);
    if (readme == nullptr) continue;  // no README at all: DOC010
    std::optional<MarkdownDoc> storage;
    const MarkdownDoc& doc = MarkdownOf(*readme, storage);
    const std::string readme_path = pack.RelativePath(readme->source->path());
    for (const DocNode* command : Commands(item)) {
      const std::string_view name = TextOf(*command, "name");
      if (name.empty() || TruthyOf(*command, "deprecated")) continue;
      if (docs::DocumentsCommand(doc, *readme->source, name)) continue;
      docs::EmitAtKey(rule, *item.yaml, command, "name",
                      {{"command", std::string(name)}, {"readme", readme_path}}, std::string(name),
                      emitter);
    }
  }
}

void CheckCommandOutputs(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                         Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || item.yaml == nullptr) continue;
    const ParsedFile* readme = docs::ItemReadme(pack, item);
    if (readme == nullptr) continue;
    std::optional<MarkdownDoc> storage;
    const MarkdownDoc& doc = MarkdownOf(*readme, storage);
    const SourceFile& yaml = *item.yaml->source;
    const SourceFile& md = *readme->source;
    for (const DocNode* command : Commands(item)) {
      const std::string name(TextOf(*command, "name"));
      if (name.empty()) continue;
      const std::vector<docs::OutputTable> tables = docs::OutputTablesOf(doc, name);
      if (tables.empty()) continue;  // the README has no output table for it: nothing to compare

      std::set<std::string> documented;
      for (const docs::OutputTable& t : tables) {
        for (size_t r = 1; r < t.table->rows.size(); ++r) {
          const auto& row = t.table->rows[r];
          if (t.path_column < row.size() && !docs::Trim(row[t.path_column]).empty()) {
            documented.insert(std::string(docs::Trim(row[t.path_column])));
          }
        }
      }
      std::set<std::string> declared;
      const DocNode* outputs = command->Get("outputs");
      if (outputs != nullptr && outputs->IsSequence()) {
        for (const DocNode& output : outputs->items) {
          if (!output.IsMap()) continue;
          const std::string path(docs::Trim(TextOf(output, "contextPath")));
          if (path.empty()) continue;
          declared.insert(path);
          if (documented.count(path) > 0) continue;
          const DocNode* value = output.Get("contextPath");
          emitter.AtBytes(rule, yaml, yaml.OffsetOf(value->position), yaml.OffsetOf(value->end),
                          {{"path", path},
                           {"command", name},
                           {"problem",
                            "is declared in the YAML but missing from the README's "
                            "context output table"}},
                          name + " " + path);
        }
      }
      for (const docs::OutputTable& t : tables) {
        for (size_t r = 1; r < t.table->rows.size(); ++r) {
          const auto& row = t.table->rows[r];
          if (t.path_column >= row.size()) continue;
          const std::string path(docs::Trim(row[t.path_column]));
          if (path.empty() || declared.count(path) > 0) continue;
          declared.insert(path);  // report a path once even when it appears in two tables
          const int line = RowLine(md, *t.table, path);
          emitter.AtLine(rule, md, line,
                         {{"path", path},
                          {"command", name},
                          {"problem",
                           "is documented in the README but not declared in the "
                           "YAML outputs"}},
                         name + " " + path);
        }
      }
    }
  }
}

}  // namespace packaudit
