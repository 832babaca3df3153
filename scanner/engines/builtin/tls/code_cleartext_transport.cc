// TLS009, code part: a non-TLS transport is the default in Python, JavaScript or PowerShell code.
//   - ws://, ftp:// and telnet:// URL literals of a real host (same exemptions as TLS001, see
//     code_url_literals.h): warning.
//   - Python smtplib.SMTP(...) in a unit that never calls .starttls(): warning.
//   - PowerShell Send-MailMessage without -UseSsl (a splatted @params may carry it): warning.
// The YAML part (select params whose default is the cleartext option) is
// tls/yaml_plain_transport_defaults.cc; both run under the one rule (see checks_code.h).
#include <string>

#include "engines/builtin/tls/checks_code.h"
#include "engines/builtin/tls/code_url_literals.h"
#include "engines/builtin/tls/code_util.h"

namespace packaudit {
namespace {

using code_facts::HasWord;
using code_facts::LastPart;
using code_facts::Lower;
using code_facts::OneOf;
using code_facts::Words;
using tree_checks::Text;
using tree_checks::TypeIs;

void CheckSmtp(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  std::vector<TSNode> clients;
  bool starttls = false;
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "call")) return true;
    const TSNode function = code_facts::CallFunction(node);
    if (ts_node_is_null(function)) return true;
    const std::string_view name = Text(unit, function);
    if (name == "smtplib.SMTP" || name == "SMTP") clients.push_back(node);
    if (LastPart(name) == "starttls") starttls = true;
    return true;
  });
  if (starttls) return;
  for (TSNode client : clients) {
    tree_checks::EmitAt(rule, unit, client,
                        MessageArgs{{"problem", "SMTP connection without STARTTLS"}},
                        "smtp-no-starttls", emitter);
  }
}

void CheckSendMailMessage(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (!TypeIs(node, "command")) return true;
    const TSNode name = ts_node_child_by_field_name(node, "command_name", 12);
    if (ts_node_is_null(name) || Lower(Text(unit, name)) != "send-mailmessage") return true;
    const TSNode elements = ts_node_child_by_field_name(node, "command_elements", 16);
    if (!ts_node_is_null(elements)) {
      for (TSNode element : tree_checks::NamedChildren(elements)) {
        if (TypeIs(element, "command_parameter") && Lower(Text(unit, element)) == "-usessl") {
          return true;
        }
        if (TypeIs(element, "generic_token") || TypeIs(element, "variable")) {
          // A splatted parameter set (@params) may carry -UseSsl.
          if (Text(unit, element).substr(0, 1) == "@") return true;
        }
      }
    }
    tree_checks::EmitAt(rule, unit, name,
                        MessageArgs{{"problem", "Send-MailMessage without -UseSsl"}},
                        "send-mailmessage-no-usessl", emitter);
    return true;
  });
}

void CheckCode(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  for (const code_facts::UrlLiteral& hit :
       code_facts::FindCleartextUrlLiterals(unit, {"ws", "ftp", "telnet"})) {
    tree_checks::EmitAt(rule, unit, hit.node,
                        MessageArgs{{"problem", "cleartext URL " + hit.shown}}, hit.match, emitter);
  }
  const Language language = code_facts::LanguageOf(unit);
  if (language == Language::kPython) CheckSmtp(rule, unit, emitter);
  if (language == Language::kPowerShell) CheckSendMailMessage(rule, unit, emitter);
}

}  // namespace

void CheckCleartextTransport(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree != nullptr) CheckCode(rule, unit, emitter);
}

}  // namespace packaudit
