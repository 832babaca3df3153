// Builtin code checks that walk parse trees (rules/code/: CODE008, CODE010, CODE011, CODE012,
// CODE016, CODE018), registered by name in registry_tree.cc, joined into CodeBuiltins() by
// registry.cc. Each is a FileCheck over a code unit (a file or code embedded in unified YAML).
// Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_CODE_CHECKS_TREE_H_
#define PACKAUDIT_ENGINES_BUILTIN_CODE_CHECKS_TREE_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> CodeTreeBuiltins();

// CODE008: no main(), main() without try/except, return_error outside main or more than once.
void CheckPythonEntryPoint(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// CODE010: demisto.params()/args() outside main; module-level executable code without main.
void CheckCodeOutsideMain(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// CODE011: parameters without type annotations, no NotImplementedError for unknown commands,
// args['x'] / params['x'] read where .get is expected.
void CheckArgumentConventions(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// CODE012: direct HTTP calls without a BaseClient subclass; requests calls without timeout.
void CheckDirectHttpCalls(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// CODE016: a vendored copy of a runtime file (CommonServerPython.py, demistomock.py, ...).
void CheckVendoredRuntimeFile(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// CODE018: PowerShell code without the CommonServerPowerShell.ps1 dot-source or the Main guard.
void CheckPowerShellEntryPoint(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_CODE_CHECKS_TREE_H_
