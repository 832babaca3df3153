// CODE007: each command an integration declares in its YAML, and the built-in test-module (the
// Test button), must be handled by the code. A command counts as handled when a string literal
// of the code equals its name (comments are not literals): this covers every dispatch shape
// (`command == 'x'`, `command in ('x', 'y')`, a dict keyed by names, JS `case 'x':`, a
// PowerShell switch label). An interpolated literal such as f'{PREFIX}-get' counts as a pattern
// whose holes match anything, when it has at least kMinPatternText literal characters.
// Skipped: items without code (no separate file and no embedded code), whose code could not be
// read completely (no tree, or over the per-file literal cap), and items built on a shared API
// module (`from JSONFeedApiModule import *`, `. $PSScriptRoot\XApiModule.ps1`): their commands
// and test-module are dispatched inside the module, which lives in another pack.
#include <re2/re2.h>

#include <set>
#include <string>
#include <vector>

#include "engines/builtin/code/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

constexpr size_t kMinPatternText = 3;

// Glob match where each kCodeStringHole matches one or more characters.
bool MatchesPattern(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0;
  size_t star = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == kCodeStringHole) {
      star = p++;
      star_t = ++t;  // at least one character
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++star_t;
    } else {
      return false;
    }
  }
  return p == pattern.size();  // a hole left over would need a character
}

class HandlerIndex {
 public:
  explicit HandlerIndex(const CodeStrings& strings) {
    for (const CodeString& s : strings.strings) {
      if (s.cut) continue;
      if (!s.interpolated) {
        plain_.insert(s.value);
        continue;
      }
      size_t literal_chars = 0;
      for (char c : s.value) literal_chars += c != kCodeStringHole ? 1 : 0;
      if (literal_chars >= kMinPatternText) patterns_.push_back(s.value);
    }
  }

  bool Handles(const std::string& name) const {
    if (plain_.count(name) > 0) return true;
    for (const std::string& pattern : patterns_) {
      if (MatchesPattern(pattern, name)) return true;
    }
    return false;
  }

 private:
  std::set<std::string, std::less<>> plain_;
  std::vector<std::string> patterns_;
};

// The code text of `file` (its embedded code for a unified YAML).
std::string_view CodeText(const ParsedFile& file) {
  if (file.embedded && file.embedded->code != nullptr) return file.embedded->code->text();
  return file.source->text();
}

bool UsesApiModule(std::string_view code) {
  static const RE2 kImport(R"((?m)^[ \t]*(?:from[ \t]+\w+ApiModule[ \t]+import)"
                           R"(|import[ \t]+\w+ApiModule\b|\.[ \t]+\S*\w+ApiModule\.ps1))");
  return RE2::PartialMatch(code, kImport);
}

// The file whose code strings hold the item's code: the separate code file, else the YAML with
// embedded code; nullptr when there is none.
const ParsedFile* CodeOf(const Item& item) {
  if (item.code != nullptr) return item.code;
  if (item.yaml != nullptr && item.yaml->embedded) return item.yaml;
  return nullptr;
}

}  // namespace

void CheckCommandHandlers(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                          Emitter& emitter) {
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || ItemDoc(item) == nullptr) continue;
    const ParsedFile* code = CodeOf(item);
    if (code == nullptr || !code->code_strings.extracted || code->code_strings.truncated ||
        UsesApiModule(CodeText(*code))) {
      continue;
    }
    const HandlerIndex index(code->code_strings);
    const DocNode& doc = *ItemDoc(item);
    if (!index.Handles("test-module")) {
      EmitAtNode(rule, *item.yaml, doc.Get("name"),
                 {{"command", "test-module"}, {"detail", " (the integration's Test button)"}},
                 "test-module", emitter);
    }
    for (const DocNode* command : Commands(item)) {
      const std::string name(TextOf(*command, "name"));
      if (name.empty() || index.Handles(name)) continue;
      EmitAtNode(rule, *item.yaml, command->Get("name"), {{"command", name}, {"detail", ""}}, name,
                 emitter);
    }
  }
}

}  // namespace packaudit
