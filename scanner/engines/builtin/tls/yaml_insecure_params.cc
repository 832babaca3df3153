// TLS003: the built-in connection params must keep their built-in definition (the SDK's IN100):
//   insecure / unsecure: display "Trust any certificate (not secure)", type 8, not required,
//                        no truthy default;
//   proxy:               display "Use system proxy settings", the same type, required and default.
// Each difference is its own finding, on the offending value (the param's name when the key is
// missing). A truthy default turns certificate checks off for every new instance; a required or
// non-boolean param cannot be left off.
#include <string>

#include "engines/builtin/tls/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

constexpr std::string_view kInsecureDisplay = "Trust any certificate (not secure)";
constexpr std::string_view kProxyDisplay = "Use system proxy settings";

}  // namespace

void CheckInsecureParams(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                         Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    for (const DocNode* param : Params(item)) {
      const std::string name(TextOf(*param, "name"));
      std::string_view canonical;
      if (name == "insecure" || name == "unsecure") {
        canonical = kInsecureDisplay;
      } else if (name == "proxy") {
        canonical = kProxyDisplay;
      } else {
        continue;
      }
      auto emit = [&](const DocNode* node, const std::string& problem, const std::string& what) {
        EmitAtNode(rule, *item.yaml, node != nullptr ? node : param->Get("name"),
                   {{"param", name}, {"problem", problem}}, name + ":" + what, emitter);
      };
      const DocNode* type = param->Get("type");
      if (TextOf(*param, "type") != "8") {
        emit(type,
             type == nullptr
                 ? "has no type (it must be 8, a checkbox)"
                 : "is type " + std::string(TextOf(*param, "type")) + ", not 8 (a checkbox)",
             "type");
      }
      if (TruthyOf(*param, "required")) emit(param->Get("required"), "is required", "required");
      const DocNode* display = param->Get("display");
      if (tls_yaml::Trim(TextOf(*param, "display")) != canonical) {
        emit(display,
             display == nullptr
                 ? "has no display text (it must be '" + std::string(canonical) + "')"
                 : "has the display text '" + std::string(tls_yaml::Trim(display->Text())) +
                       "' instead of '" + std::string(canonical) + "'",
             "display");
      }
      if (TruthyOf(*param, "defaultvalue")) {
        emit(param->Get("defaultvalue"), "defaults to true", "defaultvalue");
      }
    }
  }
}

}  // namespace packaudit
