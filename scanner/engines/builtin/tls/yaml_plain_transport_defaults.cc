// TLS009, YAML part: a non-TLS transport is the default.
//   - A select param (type 15) whose options offer both a TLS transport (an option naming SSL,
//     TLS, STARTTLS, HTTPS, LDAPS, ...) and a plain one (None, HTTP, Plain, Unencrypted, LDAP,
//     TCP, UDP, ...): a warning on the default value when it is a plain option; else a note on
//     the first plain option (the user can still pick clear text). Options that say nothing
//     about TLS (for example a reputation select offering None/Good/Bad) are not transports.
//   - A param or argument default that is a ws://, ftp:// or telnet:// URL (loopback hosts
//     excepted): a warning on the value.
// URLs written in code belong to TLS001 and to the code part of this rule (another check).
#include <algorithm>
#include <array>
#include <string>

#include "engines/builtin/tls/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

constexpr std::array<std::string_view, 24> kPlainOptions = {
    "none",      "no",         "off",         "disabled",      "false",
    "http",      "plain",      "plaintext",   "plain text",    "clear",
    "cleartext", "clear text", "unencrypted", "no encryption", "no ssl",
    "no tls",    "insecure",   "ldap",        "smtp",          "ftp",
    "tcp",       "udp",        "ws",          "telnet"};

constexpr std::array<std::string_view, 3> kPlainSchemes = {"ws", "ftp", "telnet"};

bool IsPlainOption(std::string_view option) {
  const std::string lower = tls_yaml::Lower(tls_yaml::Trim(option));
  return std::find(kPlainOptions.begin(), kPlainOptions.end(), lower) != kPlainOptions.end();
}

bool IsTlsOption(std::string_view option) {
  if (IsPlainOption(option)) return false;
  const std::string lower = tls_yaml::Lower(option);
  for (std::string_view token : {"ssl", "tls", "https", "ldaps", "smtps", "imaps", "wss", "ftps"}) {
    if (lower.find(token) != std::string::npos) return true;
  }
  return false;
}

void CheckSelect(const RuleSpec& rule, const Item& item, const DocNode& param, Emitter& emitter) {
  const DocNode* options = param.Get("options");
  if (options == nullptr || !options->IsSequence()) return;
  const DocNode* first_plain = nullptr;
  bool has_tls = false;
  for (const DocNode& option : options->items) {
    if (IsPlainOption(option.Text()) && first_plain == nullptr) first_plain = &option;
    has_tls = has_tls || IsTlsOption(option.Text());
  }
  if (first_plain == nullptr || !has_tls) return;
  const std::string name(TextOf(param, "name"));
  const DocNode* value = param.Get("defaultvalue");
  if (value != nullptr && value->IsScalar() && IsPlainOption(value->Text())) {
    EmitAtNode(rule, *item.yaml, value,
               {{"problem", "the param '" + name + "' defaults to the non-TLS option '" +
                                std::string(tls_yaml::Trim(value->Text())) + "'"}},
               "select-default:" + name, emitter);
    return;
  }
  Finding& note =
      EmitAtNode(rule, *item.yaml, first_plain,
                 {{"problem", "the param '" + name + "' offers the non-TLS option '" +
                                  std::string(tls_yaml::Trim(first_plain->Text())) + "'"}},
                 "select-option:" + name, emitter);
  note.severity = Severity::kNote;
}

void CheckUrlDefault(const RuleSpec& rule, const Item& item, const DocNode& entry,
                     const std::string& what, Emitter& emitter) {
  const DocNode* value = tls_yaml::DefaultOf(entry);
  if (value == nullptr || !value->IsScalar()) return;
  for (std::string_view scheme : kPlainSchemes) {
    std::string host;
    if (!tls_yaml::UrlHost(value->Text(), scheme, &host) || tls_yaml::IsLoopbackHost(host)) {
      continue;
    }
    EmitAtNode(
        rule, *item.yaml, value,
        {{"problem", what + " defaults to the clear-text scheme " + std::string(scheme) + "://"}},
        "url-default:" + what, emitter);
    return;
  }
}

void CheckArguments(const RuleSpec& rule, const Item& item, const std::vector<const DocNode*>& args,
                    const std::string& owner, Emitter& emitter) {
  for (const DocNode* arg : args) {
    CheckUrlDefault(rule, item, *arg,
                    "the argument '" + std::string(TextOf(*arg, "name")) + "' of " + owner,
                    emitter);
  }
}

}  // namespace

void CheckPlainTransportDefaults(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& /*context*/, Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* param : Params(item)) {
      if (TextOf(*param, "type") == "15") CheckSelect(rule, item, *param, emitter);
      CheckUrlDefault(rule, item, *param, "the param '" + std::string(TextOf(*param, "name")) + "'",
                      emitter);
    }
    for (const DocNode* command : Commands(item)) {
      CheckArguments(rule, item, CommandArgs(*command),
                     "command '" + std::string(TextOf(*command, "name")) + "'", emitter);
    }
    CheckArguments(rule, item, ScriptArgs(item), "script '" + item.name + "'", emitter);
  }
}

}  // namespace packaudit
