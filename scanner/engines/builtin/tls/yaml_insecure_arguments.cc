// TLS004: a script argument, or an integration command argument, turns certificate checks off by
// default: an `insecure`, `unsecure` or `trust_any_certificate` argument whose default is truthy
// ("true", "yes"), or a `verify`, `verify_ssl`, `verify_certificate`, `ssl_verify`,
// `validate_certs` argument whose default is "false"/"no". (No SDK rule covers arguments; the
// catalog's example is CommonScripts' Http script.) Reported on the default value.
#include <algorithm>
#include <array>
#include <string>

#include "engines/builtin/tls/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

// Argument names, lower-cased with '-' as '_'.
constexpr std::array<std::string_view, 5> kTrustNames = {
    "insecure", "unsecure", "trust_any_certificate", "trust_any_cert", "trustanycertificate"};
constexpr std::array<std::string_view, 9> kVerifyNames = {
    "verify",       "verify_ssl",     "ssl_verify",           "verify_certificate", "verify_cert",
    "verify_certs", "validate_certs", "validate_certificate", "check_certificate"};

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string Normalized(std::string_view name) {
  std::string out = tls_yaml::Lower(tls_yaml::Trim(name));
  std::replace(out.begin(), out.end(), '-', '_');
  return out;
}

void CheckArguments(const RuleSpec& rule, const Item& item, const std::vector<const DocNode*>& args,
                    const std::string& owner, Emitter& emitter) {
  for (const DocNode* arg : args) {
    const std::string name(TextOf(*arg, "name"));
    const std::string normalized = Normalized(name);
    const DocNode* value = tls_yaml::DefaultOf(*arg);
    if (value == nullptr || !value->IsScalar()) continue;
    const std::string text = tls_yaml::Lower(tls_yaml::Trim(value->Text()));
    const bool insecure_default =
        (OneOf(kTrustNames, normalized) && (text == "true" || text == "yes")) ||
        (OneOf(kVerifyNames, normalized) && (text == "false" || text == "no"));
    if (!insecure_default) continue;
    EmitAtNode(rule, *item.yaml, value, {{"argument", name}, {"owner", owner}, {"value", text}},
               owner + ":" + name + ":" + text, emitter);
  }
}

}  // namespace

void CheckInsecureArguments(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                            Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* command : Commands(item)) {
      CheckArguments(rule, item, CommandArgs(*command),
                     "command '" + std::string(TextOf(*command, "name")) + "'", emitter);
    }
    CheckArguments(rule, item, ScriptArgs(item), "script '" + item.name + "'", emitter);
  }
}

}  // namespace packaudit
