// Helpers shared by the privacy/docs checks (PRIV001-PRIV003, PRIV011): case folding, word
// splitting, URL and link classification, e-mail address scanning, the documents of a pack that
// carry its privacy notice, and placing findings on YAML/JSON nodes. Stateless and thread-safe;
// returned pointers point into the pack's ParsedFiles.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_DOCS_UTIL_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_DOCS_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "engines/emitter.h"
#include "model/pack.h"

namespace packaudit {
namespace privacy_docs {

// ASCII lower case.
using ::packaudit::Lower;
// Trims ASCII whitespace.
using ::packaudit::Trim;
// The lower-case ASCII words (runs of letters and digits) of `text`; camelCase is not split.
std::vector<std::string> Words(std::string_view text);

// Whether `url` starts with http:// or https:// (any case).
bool IsHttpUrl(std::string_view url);
// Whether `text` names a privacy notice: "privacy", "data protection" (also data-protection,
// data_protection, dataprotection), or the words "gdpr" or "dpa" (case-insensitive).
bool MentionsPrivacy(std::string_view text);
// Whether `text` names a contact route: MentionsPrivacy, or "contact".
bool MentionsContact(std::string_view text);

// A link of a Markdown document that is a real web link: not an image, http(s) destination.
bool IsWebLink(const MdLink& link);

// The pack README (when it has Markdown structure) and the descriptions of the pack's
// integrations, in that order: the documents where a privacy notice or contact may be written.
std::vector<const ParsedFile*> NoticeDocuments(const Pack& pack);

// The item's README: its README.md, or "<stem>_README.md" beside a top-level YAML.
const ParsedFile* ItemReadme(const Pack& pack, const Item& item);
// The item's description: <Name>_description.md, or "<stem>_description.md" beside a
// top-level YAML.
const ParsedFile* ItemDescription(const Pack& pack, const Item& item);

// One e-mail address found in a text: byte range and the lower-case domain.
struct EmailMatch {
  size_t begin = 0;
  size_t end = 0;
  std::string address;  // as written
  std::string domain;   // lower case
};
// Every e-mail address (local@domain.tld) in `text`, in order.
std::vector<EmailMatch> FindEmails(std::string_view text);

// The trimmed text of metadata key `key` ("" when absent or not a scalar).
std::string_view MetadataText(const Pack& pack, std::string_view key);

// Emits a finding on `node` of `file` (its text when on one line, else its first line).
Finding& EmitAtNode(const RuleSpec& rule, const ParsedFile& file, const DocNode& node,
                    const MessageArgs& args, std::string match_text, Emitter& emitter);
// Emits a pack-level finding on the first of `keys` present in pack_metadata.json (the key and
// its value when on one line), else on its first line. Requires pack.metadata_file.
void EmitOnMetadata(const RuleSpec& rule, const Pack& pack,
                    const std::vector<std::string_view>& keys, const MessageArgs& args,
                    std::string match_text, Emitter& emitter);

}  // namespace privacy_docs
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_DOCS_UTIL_H_
