// TLS006: code pins or allows SSLv2, SSLv3, TLS 1.0 or TLS 1.1.
//   Python      ssl.PROTOCOL_TLSv1 / _TLSv1_1 / _SSLv2 / _SSLv3 (attribute or imported name);
//               TLSVersion.TLSv1 / TLSv1_1 / SSLv3 outside a comparison; pyOpenSSL
//               TLSv1_METHOD / TLSv1_1_METHOD / SSLv2_METHOD / SSLv3_METHOD / SSLv23_METHOD.
//   JavaScript  secureProtocol: 'TLSv1_method' (and the _1, SSLv2/3, client/server variants);
//               minVersion / maxVersion: 'TLSv1' | 'TLSv1.1' | 'SSLv3'; the same values
//               assigned to tls.DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION.
//   PowerShell  [Net.SecurityProtocolType]::Ssl3 / Tls / Tls11; a string of those assigned to
//               ServicePointManager::SecurityProtocol; -SslProtocol Tls / Tls11 (lists too).
// PROTOCOL_TLS_CLIENT, TLSVersion.TLSv1_2 / TLSv1_3, OP_NO_TLSv1 and Tls12 / Tls13 are fine.
#include <string>

#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::LastPart;
using code_facts::LastTypePart;
using code_facts::Lower;
using code_facts::OneOf;
using code_facts::OneOfIgnoreCase;
using code_facts::StringLiterals;
using tree_checks::Text;
using tree_checks::TypeIs;

bool IsOldPythonConstant(std::string_view name) {
  return OneOf(name,
               {"PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1", "PROTOCOL_SSLv2", "PROTOCOL_SSLv3",
                "TLSv1_METHOD", "TLSv1_1_METHOD", "SSLv2_METHOD", "SSLv3_METHOD", "SSLv23_METHOD"});
}

bool InsideImport(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (TypeIs(up, "import_from_statement") || TypeIs(up, "import_statement")) return true;
    if (TypeIs(up, "expression_statement") || TypeIs(up, "block")) return false;
  }
  return false;
}

bool InsideComparison(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (TypeIs(up, "comparison_operator")) return true;
    if (TypeIs(up, "expression_statement") || TypeIs(up, "block") || TypeIs(up, "assignment")) {
      return false;
    }
  }
  return false;
}

void Emit(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& protocol,
          Emitter& emitter) {
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"protocol", protocol}}, protocol, emitter);
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, TSNode node, Emitter& emitter) {
  if (TypeIs(node, "attribute")) {
    const TSNode name = ts_node_child_by_field_name(node, "attribute", 9);
    const TSNode object = ts_node_child_by_field_name(node, "object", 6);
    if (ts_node_is_null(name) || ts_node_is_null(object)) return;
    const std::string_view attribute = Text(unit, name);
    if (IsOldPythonConstant(attribute)) {
      Emit(rule, unit, node, std::string(Text(unit, node)), emitter);
    } else if (LastPart(Text(unit, object)) == "TLSVersion" &&
               OneOf(attribute, {"TLSv1", "TLSv1_1", "SSLv3"}) && !InsideComparison(node)) {
      Emit(rule, unit, node, std::string(Text(unit, node)), emitter);
    }
    return;
  }
  if (!TypeIs(node, "identifier") || !IsOldPythonConstant(Text(unit, node))) return;
  const TSNode parent = ts_node_parent(node);
  if (!ts_node_is_null(parent) && TypeIs(parent, "attribute")) return;
  if (InsideImport(node)) return;
  Emit(rule, unit, node, std::string(Text(unit, node)), emitter);
}

bool IsOldNodeVersion(std::string_view value) {
  return OneOf(value, {"TLSv1", "TLSv1.1", "SSLv3"});
}

bool IsOldNodeMethod(std::string_view value) {
  for (std::string_view prefix : {"SSLv2_", "SSLv3_", "TLSv1_1_", "TLSv1_"}) {
    if (value.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = value.substr(prefix.size());
    if (OneOf(rest, {"method", "client_method", "server_method"})) return true;
  }
  return false;
}

std::string Unquoted(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"')) {
    text = text.substr(1, text.size() - 2);
  }
  return std::string(text);
}

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                     TSNode node, Emitter& emitter) {
  TSNode key{};
  TSNode value{};
  if (TypeIs(node, "pair")) {
    key = ts_node_child_by_field_name(node, "key", 3);
    value = ts_node_child_by_field_name(node, "value", 5);
  } else if (TypeIs(node, "assignment_expression")) {
    key = ts_node_child_by_field_name(node, "left", 4);
    value = ts_node_child_by_field_name(node, "right", 5);
  } else {
    return;
  }
  if (ts_node_is_null(key) || ts_node_is_null(value)) return;
  const CodeString* literal = literals.Of(value);
  if (literal == nullptr) return;
  const std::string name = Unquoted(LastPart(Text(unit, key)));
  const bool old =
      (name == "secureProtocol" && IsOldNodeMethod(literal->value)) ||
      (OneOf(name, {"minVersion", "maxVersion", "DEFAULT_MIN_VERSION", "DEFAULT_MAX_VERSION"}) &&
       IsOldNodeVersion(literal->value));
  if (old) Emit(rule, unit, value, name + ": " + literal->value, emitter);
}

// Whether a comma-separated list of PowerShell protocol names holds Ssl3, Tls or Tls11.
std::string OldPowerShellProtocol(std::string_view list) {
  std::string token;
  auto old = [&]() { return OneOfIgnoreCase(token, {"Ssl3", "Tls", "Tls11"}); };
  for (char c : list) {
    if (c == ',' || c == ' ' || c == '\'' || c == '"' || c == '@' || c == '(' || c == ')') {
      if (old()) return token;
      token.clear();
    } else {
      token.push_back(c);
    }
  }
  return old() ? token : "";
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                     TSNode node, Emitter& emitter) {
  if (TypeIs(node, "member_access")) {
    TSNode type{};
    TSNode member{};
    for (TSNode child : tree_checks::NamedChildren(node)) {
      if (TypeIs(child, "type_literal")) type = child;
      if (TypeIs(child, "member_name")) member = child;
    }
    if (ts_node_is_null(type) || ts_node_is_null(member)) return;
    if (Lower(LastTypePart(Text(unit, type))) != "securityprotocoltype") return;
    if (OneOfIgnoreCase(Text(unit, member), {"Ssl3", "Tls", "Tls11"})) {
      Emit(rule, unit, node, "SecurityProtocolType::" + std::string(Text(unit, member)), emitter);
    }
    return;
  }
  if (TypeIs(node, "assignment_expression")) {
    if (ts_node_named_child_count(node) < 2) return;
    const TSNode left = ts_node_named_child(node, 0);
    const std::string target = Lower(Text(unit, left));
    if (target.size() < 18 || target.substr(target.size() - 18) != "::securityprotocol") return;
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    const CodeString* literal = ts_node_is_null(value) ? nullptr : literals.Of(value);
    if (literal == nullptr) return;
    const std::string old = OldPowerShellProtocol(literal->value);
    if (!old.empty()) Emit(rule, unit, value, "SecurityProtocol '" + old + "'", emitter);
    return;
  }
  if (!TypeIs(node, "command_elements")) return;
  const std::vector<TSNode> elements = tree_checks::NamedChildren(node);
  for (size_t i = 0; i < elements.size(); ++i) {
    if (!TypeIs(elements[i], "command_parameter") ||
        Lower(Text(unit, elements[i])) != "-sslprotocol") {
      continue;
    }
    std::string values;
    for (size_t j = i + 1; j < elements.size(); ++j) {
      if (TypeIs(elements[j], "command_parameter")) break;
      values += Text(unit, elements[j]);
      values += ',';
    }
    const std::string old = OldPowerShellProtocol(values);
    if (!old.empty()) Emit(rule, unit, elements[i], "-SslProtocol " + old, emitter);
  }
}

}  // namespace

void CheckOldTlsProtocol(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr) return;
  const Language language = code_facts::LanguageOf(unit);
  const StringLiterals literals(unit);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    switch (language) {
      case Language::kPython:
        CheckPython(rule, unit, node, emitter);
        break;
      case Language::kJavaScript:
        CheckJavaScript(rule, unit, literals, node, emitter);
        break;
      case Language::kPowerShell:
        CheckPowerShell(rule, unit, literals, node, emitter);
        break;
      default:
        break;
    }
    return true;
  });
}

}  // namespace packaudit
