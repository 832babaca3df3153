// SEC013: TLS certificate verification is hard-disabled in code, not tied to a setting.
//   Python      a verify-style keyword (verify, verify_ssl, ssl_verify, verify_certs,
//               verify_certificate, validate_certs) given False or 0 in an HTTP call (requests,
//               sessions, clients, BaseClient, _http_request, super().__init__, ...; not
//               jwt.decode or other non-TLS "verify" flags); `<obj>.verify = False`;
//               aiohttp ssl=False (TCPConnector, session methods);
//               `<obj>.check_hostname = False`; CERT_NONE (ssl.CERT_NONE, 'CERT_NONE' as
//               cert_reqs); ssl._create_unverified_context.
//   JavaScript  rejectUnauthorized: false (option or assignment); NODE_TLS_REJECT_UNAUTHORIZED set
//               to 0; the XSOAR http(url, request, true, ...) call (third argument: insecure).
//   PowerShell  -SkipCertificateCheck (bare or :$true); ServerCertificateValidationCallback set to
//               a block that returns $true; ServicePointManager::CertificatePolicy replaced.
// Not reported: anything under an if / ternary whose condition names a TLS setting (insecure,
// verify, ssl, ...), values tied to a variable (verify=verify_certificate, verify=self._verify,
// -SkipCertificateCheck:$insecure, rejectUnauthorized: !insecure), comparisons and imports, and
// urllib3.disable_warnings() (the documented companion of the insecure param).
#include <string>

#include "engines/builtin/security/checks_crypto.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::IsFalseLiteral;
using code_facts::IsTrueLiteral;
using code_facts::LastPart;
using code_facts::Lower;
using code_facts::OneOf;
using code_facts::StringLiterals;
using code_facts::Unwrap;
using tree_checks::Text;
using tree_checks::TypeIs;

constexpr std::string_view kDowngradeNote =
    " With verify off, CommonServerPython's BaseClient also lowers the cipher policy to "
    "@SECLEVEL=1 and allows legacy renegotiation (TLS007).";

void Emit(const RuleSpec& rule, const FileUnit& unit, TSNode node, const std::string& what,
          std::string_view note, Emitter& emitter) {
  if (code_facts::UnderTlsSettingCondition(unit, node)) return;
  tree_checks::EmitAt(rule, unit, node, MessageArgs{{"what", what}, {"note", std::string(note)}},
                      what, emitter);
}

bool InsideImportOrComparison(TSNode node) {
  for (TSNode up = ts_node_parent(node); !ts_node_is_null(up); up = ts_node_parent(up)) {
    if (TypeIs(up, "import_from_statement") || TypeIs(up, "import_statement") ||
        TypeIs(up, "comparison_operator")) {
      return true;
    }
    if (TypeIs(up, "binary_expression")) {
      const std::string_view type = ts_node_type(ts_node_child(up, 1));
      if (OneOf(type, {"==", "===", "!=", "!=="})) return true;
    }
    if (TypeIs(up, "expression_statement") || TypeIs(up, "block")) return false;
  }
  return false;
}

// The name of the callee of the call holding keyword argument `keyword`.
std::string_view CalleeOf(const FileUnit& unit, TSNode keyword) {
  const TSNode arguments = ts_node_parent(keyword);
  const TSNode call = ts_node_is_null(arguments) ? TSNode{} : ts_node_parent(arguments);
  const TSNode function = ts_node_is_null(call) ? TSNode{} : code_facts::CallFunction(call);
  return ts_node_is_null(function) ? "" : Text(unit, function);
}

// Whether a call given verify=False talks HTTP/TLS (requests, sessions, clients, BaseClient,
// _http_request, ...) rather than, say, jwt.decode(verify=False) or a UI helper's own flag.
bool IsHttpCallee(std::string_view callee) {
  const std::string lower = Lower(callee);
  if (lower.find("jwt") != std::string::npos) return false;
  if (OneOf(LastPart(callee), {"get", "post", "put", "patch", "delete", "head", "options",
                               "request", "urlopen", "stream", "send", "connect", "__init__"})) {
    return true;
  }
  for (std::string_view part : {"request", "session", "client", "http", "connection", "pool"}) {
    if (lower.find(part) != std::string::npos) return true;
  }
  return false;
}

bool IsCommonServerClientCall(std::string_view callee) {
  const std::string_view last = LastPart(callee);
  return last == "__init__" || last == "_http_request" || last == "http_request" ||
         (last.size() >= 6 && last.substr(last.size() - 6) == "Client");
}

void CheckPython(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                 TSNode node, Emitter& emitter) {
  if (TypeIs(node, "keyword_argument")) {
    const TSNode name = ts_node_child_by_field_name(node, "name", 4);
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (ts_node_is_null(name) || ts_node_is_null(value)) return;
    const std::string_view keyword = Text(unit, name);
    if (OneOf(keyword, {"verify", "verify_ssl", "ssl_verify", "verify_certs", "verify_certificate",
                        "validate_certs", "verify_cert"}) &&
        IsFalseLiteral(unit, value) && IsHttpCallee(CalleeOf(unit, node))) {
      const std::string_view callee = CalleeOf(unit, node);
      Emit(rule, unit, node, std::string(keyword) + "=" + std::string(Text(unit, value)),
           IsCommonServerClientCall(callee) ? kDowngradeNote : "", emitter);
      return;
    }
    // aiohttp: TCPConnector(ssl=False) and session.get(..., ssl=False) skip verification. Other
    // clients' ssl=False (a database driver's) means no TLS at all, which is not this rule.
    if (keyword == "ssl" && IsFalseLiteral(unit, value) &&
        OneOf(LastPart(CalleeOf(unit, node)), {"TCPConnector", "get", "post", "put", "patch",
                                               "delete", "head", "options", "request",
                                               "ws_connect"})) {
      Emit(rule, unit, node, "ssl=False", "", emitter);
      return;
    }
    if (keyword == "cert_reqs") {
      const CodeString* literal = literals.Of(value);
      if (literal != nullptr && literal->value == "CERT_NONE") {
        Emit(rule, unit, node, "cert_reqs='CERT_NONE'", "", emitter);
      }
    }
    return;
  }
  if (TypeIs(node, "assignment")) {
    const TSNode left = ts_node_child_by_field_name(node, "left", 4);
    const TSNode right = ts_node_child_by_field_name(node, "right", 5);
    if (ts_node_is_null(left) || ts_node_is_null(right) || !TypeIs(left, "attribute")) return;
    const std::string_view attribute = LastPart(Text(unit, left));
    if (OneOf(attribute, {"verify", "check_hostname"}) && IsFalseLiteral(unit, right)) {
      Emit(rule, unit, node, std::string(attribute) + " = " + std::string(Text(unit, right)), "",
           emitter);
    }
    return;
  }
  std::string_view name;
  if (TypeIs(node, "attribute")) {
    const TSNode attribute = ts_node_child_by_field_name(node, "attribute", 9);
    if (!ts_node_is_null(attribute)) name = Text(unit, attribute);
  } else if (TypeIs(node, "identifier")) {
    const TSNode parent = ts_node_parent(node);
    if (!ts_node_is_null(parent) && TypeIs(parent, "attribute")) return;  // seen as attribute
    name = Text(unit, node);
  } else {
    return;
  }
  if (!OneOf(name, {"CERT_NONE", "_create_unverified_context"})) return;
  if (InsideImportOrComparison(node)) return;
  Emit(rule, unit, node, std::string(name), "", emitter);
}

std::string Unquoted(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"')) {
    text = text.substr(1, text.size() - 2);
  }
  return std::string(text);
}

void CheckJavaScript(const RuleSpec& rule, const FileUnit& unit, const StringLiterals& literals,
                     TSNode node, Emitter& emitter) {
  if (TypeIs(node, "pair")) {
    const TSNode key = ts_node_child_by_field_name(node, "key", 3);
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (ts_node_is_null(key) || ts_node_is_null(value)) return;
    if (Unquoted(Text(unit, key)) == "rejectUnauthorized" && IsFalseLiteral(unit, value)) {
      Emit(rule, unit, node, "rejectUnauthorized: " + std::string(Text(unit, value)), "", emitter);
    }
    return;
  }
  if (TypeIs(node, "assignment_expression")) {
    const TSNode left = ts_node_child_by_field_name(node, "left", 4);
    const TSNode right = ts_node_child_by_field_name(node, "right", 5);
    if (ts_node_is_null(left) || ts_node_is_null(right)) return;
    const std::string_view target = Text(unit, left);
    if (LastPart(target) == "rejectUnauthorized" && IsFalseLiteral(unit, right)) {
      Emit(rule, unit, node, "rejectUnauthorized = false", "", emitter);
      return;
    }
    if (target.find("NODE_TLS_REJECT_UNAUTHORIZED") == std::string_view::npos) return;
    const CodeString* literal = literals.Of(right);
    if ((literal != nullptr && literal->value == "0") || IsFalseLiteral(unit, right)) {
      Emit(rule, unit, node, "NODE_TLS_REJECT_UNAUTHORIZED=0", "", emitter);
    }
    return;
  }
  if (!TypeIs(node, "call_expression")) return;
  const TSNode function = code_facts::CallFunction(node);
  if (ts_node_is_null(function) || Text(unit, function) != "http") return;
  const std::vector<TSNode> positional = code_facts::PositionalArguments(node);
  if (positional.size() >= 3 && IsTrueLiteral(unit, positional[2])) {
    Emit(rule, unit, positional[2], "http(url, request, true)", "", emitter);
  }
}

// Whether a PowerShell script block only returns $true (a trust-all validation callback).
bool ReturnsOnlyTrue(const FileUnit& unit, TSNode value) {
  std::string text;
  for (char c : Lower(Text(unit, Unwrap(value)))) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';') text.push_back(c);
  }
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') return false;
  if (text.find("$true") == std::string::npos) return false;
  for (std::string_view test : {"if(", "-eq", "-ne", "-match", "-like", "switch", "$false"}) {
    if (text.find(test) != std::string::npos) return false;
  }
  return true;
}

void CheckPowerShell(const RuleSpec& rule, const FileUnit& unit, TSNode node, Emitter& emitter) {
  if (TypeIs(node, "assignment_expression")) {
    if (ts_node_named_child_count(node) < 2) return;
    const std::string target = Lower(Text(unit, ts_node_named_child(node, 0)));
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (ts_node_is_null(value)) return;
    auto ends_with = [&](std::string_view suffix) {
      return target.size() >= suffix.size() &&
             target.compare(target.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with("servercertificatevalidationcallback") && ReturnsOnlyTrue(unit, value)) {
      Emit(rule, unit, node, "ServerCertificateValidationCallback = { $true }", "", emitter);
    } else if (ends_with("::certificatepolicy")) {
      Emit(rule, unit, node, "ServicePointManager::CertificatePolicy replaced", "", emitter);
    }
    return;
  }
  if (!TypeIs(node, "command_elements")) return;
  const std::vector<TSNode> elements = tree_checks::NamedChildren(node);
  for (size_t i = 0; i < elements.size(); ++i) {
    if (!TypeIs(elements[i], "command_parameter") ||
        Lower(Text(unit, elements[i])) != "-skipcertificatecheck") {
      continue;
    }
    const bool has_value = i + 2 < elements.size() && Text(unit, elements[i + 1]) == ":";
    if (has_value && !IsTrueLiteral(unit, elements[i + 2])) continue;  // tied to a variable
    Emit(rule, unit, elements[i],
         has_value ? "-SkipCertificateCheck:$true" : "-SkipCertificateCheck", "", emitter);
  }
}

}  // namespace

void CheckHardDisabledCertVerification(const RuleSpec& rule, const FileUnit& unit,
                                       Emitter& emitter) {
  if (unit.tree == nullptr) return;
  const Language language = code_facts::LanguageOf(unit);
  const StringLiterals literals(unit);
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    switch (language) {
      case Language::kPython:
        CheckPython(rule, unit, literals, node, emitter);
        break;
      case Language::kJavaScript:
        CheckJavaScript(rule, unit, literals, node, emitter);
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
