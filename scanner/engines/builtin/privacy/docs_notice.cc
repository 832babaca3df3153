// PRIV001 (privacy-notice link) and PRIV002 (privacy contact) for partner and developer packs.
//
// Where they look: the pack README and the descriptions of the pack's integrations (Markdown
// links, including bare URLs and e-mail addresses md4c turns into links), and the metadata.
// PRIV001 passes on an http(s) link (not an image) whose text or URL names privacy, data
// protection, GDPR or a DPA, or on a metadata `eulaLink`/`url` whose URL does. A link with
// such text but another destination (a relative path, mailto:) is not a notice a customer can
// open from the Marketplace page, so it does not count.
// PRIV002 passes on a non-empty metadata `email`, a mailto: link or an e-mail address in those
// documents, or an http(s) link / metadata `url` whose text or URL names contact or privacy.
// xsoar packs are covered by Palo Alto Networks' own notice and contact, and community packs
// are supported on the public forum, so neither check reports them.
#include "engines/builtin/privacy/checks_docs.h"
#include "engines/builtin/privacy/docs_util.h"

namespace packaudit {
namespace {

using privacy_docs::IsHttpUrl;
using privacy_docs::Lower;
using privacy_docs::MetadataText;

// The support level the two checks apply to ("partner" or "developer"), else "".
std::string CheckedSupport(const Pack& pack) {
  if (pack.metadata_file == nullptr || pack.metadata == nullptr) return "";
  const std::string support = Lower(pack.support);
  return support == "partner" || support == "developer" ? support : "";
}

bool IsPrivacyLink(const MdLink& link) {
  return privacy_docs::IsWebLink(link) &&
         (privacy_docs::MentionsPrivacy(link.text) || privacy_docs::MentionsPrivacy(link.url));
}

bool IsContactLink(const MdLink& link) {
  if (link.image) return false;
  if (Lower(privacy_docs::Trim(link.url)).rfind("mailto:", 0) == 0) return true;
  return privacy_docs::IsWebLink(link) &&
         (privacy_docs::MentionsContact(link.text) || privacy_docs::MentionsContact(link.url));
}

}  // namespace

void CheckPrivacyNotice(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                        Emitter& emitter) {
  const std::string support = CheckedSupport(pack);
  if (support.empty()) return;
  for (const ParsedFile* document : privacy_docs::NoticeDocuments(pack)) {
    for (const MdLink& link : document->markdown->links) {
      if (IsPrivacyLink(link)) return;
    }
  }
  for (std::string_view key : {"eulaLink", "url"}) {
    const std::string_view url = MetadataText(pack, key);
    if (IsHttpUrl(url) && privacy_docs::MentionsPrivacy(url)) return;
  }
  privacy_docs::EmitOnMetadata(rule, pack, {"support"}, {{"pack", pack.name}, {"support", support}},
                               "no privacy notice", emitter);
}

void CheckPrivacyContact(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                         Emitter& emitter) {
  const std::string support = CheckedSupport(pack);
  if (support.empty()) return;
  if (!MetadataText(pack, "email").empty()) return;
  for (const ParsedFile* document : privacy_docs::NoticeDocuments(pack)) {
    for (const MdLink& link : document->markdown->links) {
      if (IsContactLink(link)) return;
    }
    if (!privacy_docs::FindEmails(document->markdown->plain_text).empty()) return;
  }
  const std::string_view url = MetadataText(pack, "url");
  if (IsHttpUrl(url) && privacy_docs::MentionsContact(url)) return;
  privacy_docs::EmitOnMetadata(rule, pack, {"email", "support"},
                               {{"pack", pack.name}, {"support", support}}, "no privacy contact",
                               emitter);
}

}  // namespace packaudit
