// TLS005: the integration's "Trust any certificate" setting is read so that verification is
// off unless the user opts back in:
//   Python      X.get('insecure' | 'unsecure' | 'trust_any_certificate', <truthy>) (True, 1,
//               "true", "yes"); or a read of that param (.get(...) or params['insecure'],
//               possibly through argToBoolean/bool/or) that reaches a verify keyword or a
//               verify-named variable without `not`.
//   JavaScript  rejectUnauthorized: <insecure value> (not negated); http(url, req, !insecure).
//   PowerShell  -SkipCertificateCheck:(-not $insecure).
// Literal verify=False and the like are SEC013's (hard-coded, not tied to the param).
#include <string>

#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::HasWord;
using code_facts::LastPart;
using code_facts::Lower;
using code_facts::OneOf;
using code_facts::OneOfIgnoreCase;
using code_facts::StringLiterals;
using code_facts::Unwrap;
using code_facts::Words;
using tree_checks::Text;
using tree_checks::TypeIs;

// The cipher downgrade CommonServerPython applies whenever verification is off (TLS007).
constexpr std::string_view kPythonDowngrade =
    " With verification off, CommonServerPython's BaseClient also lowers the cipher policy to "
    "@SECLEVEL=1 and allows legacy renegotiation (TLS007).";

bool IsInsecureParamName(std::string_view name) {
  return OneOfIgnoreCase(name, {"insecure", "unsecure", "trust_any_certificate", "trust_any_cert",
                                "trustAnyCertificate"});
}

// Whether a keyword or variable name is a "verify" setting (verify, verify_ssl, ssl_verify,
// validate_certs, check_hostname, ...) and not its negation (no_verify, skip_verify, ...).
bool IsVerifyName(std::string_view name) {
  const std::vector<std::string> words = Words(LastPart(name));
  if (HasWord(words,
              {"insecure", "unsecure", "unverified", "skip", "disable", "no", "not", "ignore"})) {
    return false;
  }
  return HasWord(words, {"verify", "validate", "verification"}) ||
         (HasWord(words, {"check"}) && HasWord(words, {"hostname"}));
}

bool IsTruthyLiteral(const FileUnit& unit, const StringLiterals& literals, TSNode node) {
  node = Unwrap(node);
  if (code_facts::IsTrueLiteral(unit, node)) return true;
  if (const CodeString* literal = literals.Of(node)) {
    return OneOfIgnoreCase(literal->value, {"true", "yes", "1"});
  }
  const std::optional<long> number = code_facts::IntegerValue(unit, node);
  return number && *number == 1;
}

// Python: the insecure key read by a `.get(key, ...)` call or a `[key]` subscript, else "".
std::string InsecureRead(const FileUnit& unit, const StringLiterals& literals, TSNode node) {
  TSNode key{};
  if (TypeIs(node, "call")) {
    const TSNode function = code_facts::CallFunction(node);
    if (ts_node_is_null(function) || !TypeIs(function, "attribute") ||
        LastPart(Text(unit, function)) != "get") {
      return "";
    }
    const std::vector<TSNode> positional = code_facts::PositionalArguments(node);
    if (positional.empty()) return "";
    key = positional.front();
  } else if (TypeIs(node, "subscript")) {
    key = ts_node_child_by_field_name(node, "subscript", 9);
  } else {
    return "";
  }
  if (ts_node_is_null(key)) return "";
  const CodeString* literal = literals.Of(key);
  return literal != nullptr && IsInsecureParamName(literal->value) ? literal->value : "";
}

// Python: whether the value read at `read` reaches a verify setting without a `not`; sets
// `sink` to the keyword or variable.
bool ReachesVerifyUnnegated(const FileUnit& unit, TSNode read, std::string* sink) {
  TSNode current = read;
  for (int depth = 0; depth < 12; ++depth) {
    const TSNode parent = ts_node_parent(current);
    if (ts_node_is_null(parent)) return false;
    if (TypeIs(parent, "not_operator")) return false;
    if (TypeIs(parent, "argument_list")) {
      const TSNode call = ts_node_parent(parent);
      const TSNode function = code_facts::CallFunction(call);
      if (ts_node_is_null(function) ||
          !OneOf(LastPart(Text(unit, function)), {"argToBoolean", "bool", "strtobool"})) {
        return false;
      }
      current = call;
      continue;
    }
    if (TypeIs(parent, "parenthesized_expression") || TypeIs(parent, "boolean_operator")) {
      current = parent;
      continue;
    }
    if (TypeIs(parent, "keyword_argument")) {
      const TSNode name = ts_node_child_by_field_name(parent, "name", 4);
      if (ts_node_is_null(name) || !IsVerifyName(Text(unit, name))) return false;
      *sink = std::string(Text(unit, name)) + "=";
      return true;
    }
    if (TypeIs(parent, "assignment")) {
      const TSNode left = ts_node_child_by_field_name(parent, "left", 4);
      if (ts_node_is_null(left) || left.id == current.id || !IsVerifyName(Text(unit, left))) {
        return false;
      }
      *sink = std::string(Text(unit, left)) + " =";
      return true;
    }
    return false;
  }
  return false;
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                 TSNode node, Emitter& emitter) {
  const std::string key = InsecureRead(unit, literals, node);
  if (key.empty()) return;
  if (TypeIs(node, "call")) {
    const std::vector<TSNode> positional = code_facts::PositionalArguments(node);
    if (positional.size() >= 2 && IsTruthyLiteral(unit, literals, positional[1])) {
      const std::string problem = "the '" + key + "' param defaults to " +
                                  std::string(Text(unit, positional[1])) +
                                  ", so certificates are trusted unless the user unticks it";
      tree_checks::EmitAt(
          rule, unit, node,
          MessageArgs{{"problem", problem}, {"note", std::string(kPythonDowngrade)}},
          "default:" + key, emitter);
      return;
    }
  }
  std::string sink;
  if (ReachesVerifyUnnegated(unit, node, &sink)) {
    const std::string problem = sink + " takes the '" + key +
                                "' param without `not`, so verification is off when the box is "
                                "unticked (the default)";
    tree_checks::EmitAt(rule, unit, node,
                        MessageArgs{{"problem", problem}, {"note", std::string(kPythonDowngrade)}},
                        "unnegated:" + sink + key, emitter);
  }
}

bool NamesInsecure(const FileUnit& unit, TSNode node) {
  node = Unwrap(node);
  if (!TypeIs(node, "identifier") && !TypeIs(node, "member_expression") &&
      !TypeIs(node, "variable")) {
    return false;
  }
  return HasWord(Words(LastPart(Text(unit, node))), {"insecure", "unsecure"});
}

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, TSNode node, Emitter& emitter) {
  if (TypeIs(node, "pair")) {
    const TSNode key = ts_node_child_by_field_name(node, "key", 3);
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (ts_node_is_null(key) || ts_node_is_null(value)) return;
    std::string key_text(Text(unit, key));
    if (key_text.size() > 2 && (key_text.front() == '\'' || key_text.front() == '"')) {
      key_text = key_text.substr(1, key_text.size() - 2);
    }
    if (key_text != "rejectUnauthorized" || !NamesInsecure(unit, value)) return;
    const std::string problem = "rejectUnauthorized takes " + std::string(Text(unit, value)) +
                                " un-negated, so certificates are only checked when the user "
                                "ticks 'Trust any certificate'";
    tree_checks::EmitAt(rule, unit, node, MessageArgs{{"problem", problem}, {"note", ""}},
                        "rejectUnauthorized:" + std::string(Text(unit, value)), emitter);
    return;
  }
  if (!TypeIs(node, "call_expression")) return;
  const TSNode function = code_facts::CallFunction(node);
  if (ts_node_is_null(function) || Text(unit, function) != "http") return;
  const std::vector<TSNode> positional = code_facts::PositionalArguments(node);
  if (positional.size() < 3) return;
  const TSNode flag = Unwrap(positional[2]);
  if (!TypeIs(flag, "unary_expression") || Text(unit, flag).substr(0, 1) != "!") return;
  const TSNode operand = ts_node_child_by_field_name(flag, "argument", 8);
  if (ts_node_is_null(operand) || !NamesInsecure(unit, operand)) return;
  const std::string problem = "http()'s third argument is the insecure flag; passing " +
                              std::string(Text(unit, flag)) +
                              " skips verification unless the user ticks 'Trust any certificate'";
  tree_checks::EmitAt(rule, unit, flag, MessageArgs{{"problem", problem}, {"note", ""}},
                      "http-insecure:" + std::string(Text(unit, flag)), emitter);
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, TSNode node, Emitter& emitter) {
  if (!TypeIs(node, "command_elements")) return;
  const std::vector<TSNode> elements = tree_checks::NamedChildren(node);
  for (size_t i = 0; i + 2 < elements.size(); ++i) {
    if (!TypeIs(elements[i], "command_parameter") ||
        Lower(Text(unit, elements[i])) != "-skipcertificatecheck" ||
        Text(unit, elements[i + 1]) != ":") {
      continue;
    }
    const std::string value = Lower(Text(unit, elements[i + 2]));
    const bool negated = value.find("-not") != std::string::npos || value.find('!') == 1;
    if (!negated || !HasWord(Words(value), {"insecure", "unsecure"})) continue;
    const std::string problem =
        "-SkipCertificateCheck:" + std::string(Text(unit, elements[i + 2])) +
        " skips verification unless the user ticks 'Trust any "
        "certificate'";
    tree_checks::EmitAt(rule, unit, elements[i + 2],
                        MessageArgs{{"problem", problem}, {"note", ""}},
                        "SkipCertificateCheck:" + value, emitter);
  }
}

}  // namespace

void CheckInsecureDefault(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr) return;
  const Language language = code_facts::LanguageOf(unit);
  const StringLiterals literals(unit);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    switch (language) {
      case Language::kPython:
        CheckPython(rule, unit, literals, node, emitter);
        break;
      case Language::kJavaScript:
        CheckJavaScript(rule, unit, node, emitter);
        break;
      case Language::kPowerShell:
        CheckPowerShell(rule, unit, node, emitter);
        break;
      default:
        break;
    }
    return true;
  });
}

}  // namespace packaudit
