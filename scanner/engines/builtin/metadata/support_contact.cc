// The support contact of pack_metadata.json against the pack's support level:
//   META006  support=partner needs a syntactically valid email and an https url (skipped when
//            both are empty: META005 reports that).
//   META008  a non-empty url has whitespace, no scheme, no host, or is not https.
//   META009  support is partner/developer/community but author is empty or "Cortex XSOAR", or
//            url/email are the Palo Alto Networks defaults (rules/data/panw-support-defaults.txt).
//   META010  support=xsoar but author is not "Cortex XSOAR" or url is not the Cortex url.
// Findings go on the key of the offending field. Missing keys are META002's.
#include <string>

#include "engines/builtin/metadata/checks.h"
#include "engines/builtin/metadata/metadata_util.h"

namespace packaudit {
namespace {

void Emit(const RuleSpec& rule, const Pack& pack, std::string_view key, const std::string& problem,
          Emitter& emitter) {
  metadata::EmitAtKey(
      rule, pack, key,
      {{"problem", problem}, {"support", std::string(metadata::Text(pack, "support"))}},
      std::string(key) + ": " + problem, emitter);
}

}  // namespace

void CheckPartnerContact(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                         Emitter& emitter) {
  if (metadata::Text(pack, "support") != "partner") return;
  const std::string_view email = metadata::Text(pack, "email");
  const std::string_view url = metadata::Text(pack, "url");
  if (email.empty() && url.empty()) return;  // META005
  if (email.empty()) {
    Emit(rule, pack, "email", "it has no support email", emitter);
  } else if (!metadata::IsValidEmail(email)) {
    Emit(rule, pack, "email", "email '" + std::string(email) + "' is not a valid address", emitter);
  }
  if (url.empty()) {
    Emit(rule, pack, "url", "it has no support url", emitter);
  } else if (const std::string problem = metadata::UrlProblem(url); !problem.empty()) {
    Emit(rule, pack, "url", "url '" + std::string(url) + "' " + problem, emitter);
  }
}

void CheckUrlFormat(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                    Emitter& emitter) {
  const DocNode* url = metadata::Value(pack, "url");
  if (url == nullptr || url->Empty()) return;  // META002, META005
  std::string problem;
  if (!url->IsScalar()) {
    problem = "is not a string";
  } else {
    problem = metadata::UrlProblem(url->scalar);
  }
  if (problem.empty()) return;
  metadata::EmitAtKey(rule, pack, "url", {{"url", std::string(url->Text())}, {"problem", problem}},
                      "url " + problem, emitter);
}

void CheckNonXsoarDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                           Emitter& emitter) {
  const std::string_view support = metadata::Text(pack, "support");
  if (support != "partner" && support != "developer" && support != "community") return;
  if (const DocNode* author = metadata::Value(pack, "author"); author != nullptr) {
    const std::string_view text = metadata::Trim(author->Text());
    if (author->Empty()) {
      Emit(rule, pack, "author", "author is empty, so the pack names no supporter", emitter);
    } else if (metadata::EqualsIgnoreCase(text, metadata::PanwDefault("author"))) {
      Emit(rule, pack, "author",
           "author is the Palo Alto Networks default '" + std::string(text) +
               "', so customers would take Palo Alto Networks for the supporter",
           emitter);
    }
  }
  const std::string_view url = metadata::Text(pack, "url");
  if (!url.empty() &&
      metadata::NormalizeUrl(url) == metadata::NormalizeUrl(metadata::PanwDefault("url"))) {
    Emit(rule, pack, "url",
         "url is the Palo Alto Networks default " + std::string(url) +
             ", which does not support this pack",
         emitter);
  }
  const std::string_view email = metadata::Text(pack, "email");
  if (!email.empty() && metadata::EqualsIgnoreCase(email, metadata::PanwDefault("email"))) {
    Emit(rule, pack, "email",
         "email is the Palo Alto Networks address " + std::string(email) +
             ", which does not support this pack",
         emitter);
  }
}

void CheckXsoarDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                        Emitter& emitter) {
  if (metadata::Text(pack, "support") != "xsoar") return;
  const std::string_view default_author = metadata::PanwDefault("author");
  if (const DocNode* author = metadata::Value(pack, "author");
      author != nullptr && metadata::Trim(author->Text()) != default_author) {
    Emit(rule, pack, "author",
         "author is '" + std::string(metadata::Trim(author->Text())) + "', not '" +
             std::string(default_author) + "'",
         emitter);
  }
  const std::string_view default_url = metadata::PanwDefault("url");
  if (const DocNode* url = metadata::Value(pack, "url");
      url != nullptr &&
      metadata::NormalizeUrl(url->Text()) != metadata::NormalizeUrl(default_url)) {
    Emit(rule, pack, "url",
         "url is '" + std::string(metadata::Trim(url->Text())) + "', not " +
             std::string(default_url),
         emitter);
  }
}

}  // namespace packaudit
