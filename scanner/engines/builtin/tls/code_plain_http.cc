// TLS001: a string literal in Python, JavaScript or PowerShell code is a plain-HTTP URL (see
// code_url_literals.h for what is not reported). One finding per literal, on the literal.
#include "engines/builtin/code/tree_walk.h"
#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/code_url_literals.h"

namespace packaudit {

void CheckPlainHttpLiterals(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr) return;
  for (const code_facts::UrlLiteral& hit : code_facts::FindCleartextUrlLiterals(unit, {"http"})) {
    tree_checks::EmitAt(rule, unit, hit.node, MessageArgs{{"url", hit.shown}}, hit.match, emitter);
  }
}

}  // namespace packaudit
