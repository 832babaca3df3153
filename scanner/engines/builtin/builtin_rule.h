// Builtin rules: checks whose logic needs C++ (cross-file comparisons, walks over parse trees).
// Each is a function registered by name in its area's table (builtin/<area>/registry.cc) and
// described by a TOML file with `[builtin] name = "..."`.
//
// Two shapes:
//   PackCheck  runs once per pack, after every file of the pack is parsed (no code trees: they
//              are freed after the file pass; use ParsedFile facts instead).
//   FileCheck  runs on each file unit (a file, or the code embedded in a unified YAML) whose kind
//              is in the rule's file_kinds, during the file pass, with the unit's parse tree.
// Builtins are stateless and thread-safe: they may run on several packs/files at once.
#ifndef PACKAUDIT_ENGINES_BUILTIN_BUILTIN_RULE_H_
#define PACKAUDIT_ENGINES_BUILTIN_BUILTIN_RULE_H_

#include <span>
#include <string_view>

#include "core/date.h"
#include "engines/emitter.h"
#include "engines/file_unit.h"
#include "model/pack.h"
#include "model/pack_base.h"

namespace packaudit {

// Facts about the scan that checks may depend on.
struct CheckContext {
  Date today;  // the scan date (--today pins it for reproducible runs)
  // Diff-aware scans (--changed-since): each scanned pack's state at the base revision, by pack
  // root. Null otherwise; checks that compare with the base are then silent.
  const PackBases* pack_bases = nullptr;

  // The base of `pack`, or nullptr (not a diff-aware scan, or a pack without base facts).
  const PackBase* BaseOf(const Pack& pack) const {
    if (pack_bases == nullptr) return nullptr;
    const auto it = pack_bases->find(pack.root);
    return it == pack_bases->end() ? nullptr : &it->second;
  }
};

using PackCheck = void (*)(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);
using FileCheck = void (*)(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// One registered builtin: `pack`, `file` or both (a rule with a pack part and a per-file part,
// e.g. TLS009: YAML defaults per pack, URL literals per code unit); both null: "diagnostic".
struct BuiltinEntry {
  std::string_view name;
  PackCheck pack = nullptr;
  FileCheck file = nullptr;
};

// The registered builtin called `name`, or nullptr. The name "diagnostic" is known but has no
// check: engine diagnostics (ENG rules) are emitted by the scan pipeline itself.
const BuiltinEntry* FindBuiltin(std::string_view name);

// Per-area tables, one per folder under builtin/ (each area edits only its own table).
std::span<const BuiltinEntry> DocsBuiltins();
std::span<const BuiltinEntry> MetadataBuiltins();
std::span<const BuiltinEntry> AdoptBuiltins();
std::span<const BuiltinEntry> ReleaseBuiltins();
std::span<const BuiltinEntry> CodeBuiltins();
std::span<const BuiltinEntry> SecurityBuiltins();
std::span<const BuiltinEntry> TlsBuiltins();
std::span<const BuiltinEntry> PrivacyBuiltins();

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_BUILTIN_RULE_H_
