// TLS007: the cipher policy is lowered.
//   Cipher strings given to Python set_ciphers(...), a ciphers= keyword or DEFAULT_CIPHERS
//   (urllib3), and to JavaScript `ciphers:` options or tls.DEFAULT_CIPHERS: a token (not negated
//   with '!' or '-') that is @SECLEVEL=0 or 1, ALL / COMPLEMENTOFALL, a NULL / eNULL / aNULL
//   suite, EXPORT / EXP, or RC4. The string may be a literal in the expression or a module-level
//   constant it names.
//   Legacy renegotiation: OP_LEGACY_SERVER_CONNECT / OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION
//   (Python ssl, JavaScript crypto.constants.SSL_OP_...).
// "HIGH:!aNULL:!MD5", "DEFAULT" and "ECDHE+AESGCM" are fine.
#include <map>
#include <string>

#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::LastPart;
using code_facts::OneOf;
using code_facts::StringLiterals;
using code_facts::Unwrap;
using tree_checks::Text;
using tree_checks::TypeIs;

// The first weakening token of an OpenSSL cipher string, or "".
std::string WeakCipherToken(std::string_view ciphers) {
  std::string token;
  auto weak = [&]() -> std::string {
    if (token.empty() || token.front() == '!' || token.front() == '-') return "";
    const size_t at = token.find("@SECLEVEL=");
    if (at != std::string::npos) {
      const std::string level = token.substr(at + 10, 1);
      if (level == "0" || level == "1") return token.substr(at);
    }
    const std::string name = token.substr(0, token.find('@'));
    if (OneOf(name, {"ALL", "COMPLEMENTOFALL", "EXP"})) return name;
    for (std::string_view part : {"NULL", "EXPORT", "RC4"}) {
      if (name.find(part) != std::string::npos) return name;
    }
    if (name.substr(0, 4) == "EXP-") return name;
    return "";
  };
  for (char c : ciphers) {
    if (c == ':' || c == ',' || c == ' ') {
      if (std::string found = weak(); !found.empty()) return found;
      token.clear();
    } else {
      token.push_back(c);
    }
  }
  return weak();
}

// Module-level string constants: NAME = "literal" (Python) / const NAME = 'literal' (JS).
std::map<std::string, TSNode, std::less<>> StringConstants(const FileUnit& unit,
                                                           const StringLiterals& literals) {
  std::map<std::string, TSNode, std::less<>> constants;
  for (TSNode statement : tree_checks::NamedChildren(unit.tree->root())) {
    TSNode name{};
    TSNode value{};
    if (TypeIs(statement, "expression_statement")) {
      const TSNode assignment = Unwrap(statement);
      if (!TypeIs(assignment, "assignment")) continue;
      name = ts_node_child_by_field_name(assignment, "left", 4);
      value = ts_node_child_by_field_name(assignment, "right", 5);
    } else if (TypeIs(statement, "lexical_declaration") ||
               TypeIs(statement, "variable_declaration")) {
      const std::vector<TSNode> declarators = tree_checks::NamedChildren(statement);
      if (declarators.size() != 1) continue;
      name = ts_node_child_by_field_name(declarators[0], "name", 4);
      value = ts_node_child_by_field_name(declarators[0], "value", 5);
    } else {
      continue;
    }
    if (ts_node_is_null(name) || ts_node_is_null(value) || !TypeIs(name, "identifier")) continue;
    if (literals.Of(value) != nullptr) constants.emplace(std::string(Text(unit, name)), value);
  }
  return constants;
}

// Checks every literal in `value` and every constant it names; reports the first weak one.
void CheckCipherValue(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                      const std::map<std::string, TSNode, std::less<>>& constants, TSNode value,
                      Emitter& emitter) {
  bool reported = false;
  tree_checks::Walk(value, [&](TSNode node) {
    if (reported) return false;
    TSNode literal_node = node;
    if (TypeIs(node, "identifier")) {
      const auto it = constants.find(Text(unit, node));
      if (it == constants.end()) return false;
      literal_node = it->second;
    }
    const CodeString* literal = literals.Of(literal_node);
    if (literal == nullptr) return true;
    const std::string token = WeakCipherToken(literal->value);
    if (token.empty()) return false;
    tree_checks::EmitAt(rule, unit, node,
                        MessageArgs{{"what", "cipher string token '" + token + "'"}},
                        "ciphers:" + token, emitter);
    reported = true;
    return false;
  });
}

bool IsLegacyRenegotiation(std::string_view name) {
  return OneOf(name, {"OP_LEGACY_SERVER_CONNECT", "OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION",
                      "SSL_OP_LEGACY_SERVER_CONNECT", "SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION"});
}

bool InsideImport(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (TypeIs(up, "import_from_statement") || TypeIs(up, "import_statement")) return true;
  }
  return false;
}

}  // namespace

void CheckLoweredCipherPolicy(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr) return;
  const StringLiterals literals(unit);
  const auto constants = StringConstants(unit, literals);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    TSNode value{};
    if (TypeIs(node, "call") || TypeIs(node, "call_expression")) {
      const TSNode function = code_facts::CallFunction(node);
      if (!ts_node_is_null(function) && LastPart(Text(unit, function)) == "set_ciphers") {
        const std::vector<TSNode> positional = code_facts::PositionalArguments(node);
        if (!positional.empty()) value = positional.front();
      }
    } else if (TypeIs(node, "keyword_argument")) {
      const TSNode name = ts_node_child_by_field_name(node, "name", 4);
      if (!ts_node_is_null(name) && Text(unit, name) == "ciphers") {
        value = ts_node_child_by_field_name(node, "value", 5);
      }
    } else if (TypeIs(node, "pair")) {
      const TSNode key = ts_node_child_by_field_name(node, "key", 3);
      const std::string_view key_text = ts_node_is_null(key) ? "" : Text(unit, key);
      if (OneOf(key_text, {"ciphers", "'ciphers'", "\"ciphers\""})) {
        value = ts_node_child_by_field_name(node, "value", 5);
      }
    } else if (TypeIs(node, "assignment") || TypeIs(node, "augmented_assignment") ||
               TypeIs(node, "assignment_expression") ||
               TypeIs(node, "augmented_assignment_expression")) {
      const TSNode left = ts_node_child_by_field_name(node, "left", 4);
      if (!ts_node_is_null(left) && LastPart(Text(unit, left)) == "DEFAULT_CIPHERS") {
        value = ts_node_child_by_field_name(node, "right", 5);
      }
    } else if ((TypeIs(node, "attribute") || TypeIs(node, "member_expression")) &&
               IsLegacyRenegotiation(LastPart(Text(unit, node)))) {
      tree_checks::EmitAt(rule, unit, node,
                          MessageArgs{{"what", std::string(LastPart(Text(unit, node))) +
                                                   " (legacy renegotiation)"}},
                          std::string(LastPart(Text(unit, node))), emitter);
      return false;
    } else if (TypeIs(node, "identifier") && IsLegacyRenegotiation(Text(unit, node)) &&
               !InsideImport(node)) {
      tree_checks::EmitAt(
          rule, unit, node,
          MessageArgs{{"what", std::string(Text(unit, node)) + " (legacy renegotiation)"}},
          std::string(Text(unit, node)), emitter);
    }
    if (!ts_node_is_null(value)) {
      CheckCipherValue(rule, unit, literals, constants, value, emitter);
      return false;
    }
    return true;
  });
}

}  // namespace packaudit
