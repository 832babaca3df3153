// TLS010: a long-running integration that listens on its own port (`script.longRunning` and
// `script.longRunningPort` both true) has no certificate param or no private-key param, so its
// listener can only serve plain HTTP. A certificate param is one whose name or display names a
// certificate ("certificate", "cert", "pem"), other than the insecure/unsecure param ("Trust any
// certificate"); a private-key param is one whose name or display names a key that is private
// ("key" alone, "private key", "ssl key", "tls key", "key file"). Reported on the
// `longRunningPort` value.
#include <string>
#include <vector>

#include "engines/builtin/tls/checks_yaml.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

// Lower-cased words of a name or display text ("privateKey" -> private key).
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool boundary = c >= 'A' && c <= 'Z' && i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z';
    if (!alnum || boundary) {
      if (!word.empty()) words.push_back(word);
      word.clear();
    }
    if (alnum) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

bool Has(const std::vector<std::string>& words, std::string_view word) {
  for (const auto& w : words) {
    if (w == word) return true;
  }
  return false;
}

bool IsCertificateParam(const DocNode& param) {
  const std::string_view name = TextOf(param, "name");
  if (name == "insecure" || name == "unsecure") return false;
  for (std::string_view text : {name, TextOf(param, "display")}) {
    const std::vector<std::string> words = Words(text);
    if (Has(words, "trust")) return false;  // "Trust any certificate"
    if (Has(words, "certificate") || Has(words, "cert") || Has(words, "pem")) return true;
  }
  return false;
}

bool IsPrivateKeyParam(const DocNode& param) {
  const std::vector<std::string> name = Words(TextOf(param, "name"));
  if (name.size() == 1 && name[0] == "key") return true;
  for (const auto& words : {name, Words(TextOf(param, "display"))}) {
    if (!Has(words, "key")) continue;
    if (Has(words, "private") || Has(words, "ssl") || Has(words, "tls") || Has(words, "file") ||
        Has(words, "https")) {
      return true;
    }
  }
  return false;
}

}  // namespace

void CheckListenerCertificates(const RuleSpec& rule, const Pack& pack,
                               const CheckContext& /*context*/, Emitter& emitter) {
  for (const Item& item : ItemYamlViews(pack)) {
    if (item.type != ItemType::kIntegration) continue;
    if (!ScriptFlag(item, "longRunning") || !ScriptFlag(item, "longRunningPort")) continue;
    bool certificate = false;
    bool key = false;
    for (const DocNode* param : Params(item)) {
      certificate = certificate || IsCertificateParam(*param);
      key = key || IsPrivateKeyParam(*param);
    }
    if (certificate && key) continue;
    const std::string missing = !certificate && !key ? "no certificate and no private-key param"
                                : !certificate       ? "no certificate param"
                                                     : "no private-key param";
    EmitAtNode(rule, *item.yaml, ScriptSettings(item)->Get("longRunningPort"),
               {{"missing", missing}}, "longRunningPort:" + missing, emitter);
  }
}

}  // namespace packaudit
