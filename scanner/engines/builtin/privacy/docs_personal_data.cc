// PRIV011: personal data shipped in a pack's documents and sample data.
//
// Files: Markdown documents (pack, item and playbook READMEs, integration descriptions, release
// notes, other .md), pack_metadata.json, command_examples and everything under test_data/.
// Reported in them:
//   - e-mail addresses at a consumer mail provider (rules/data/personal-email-domains.txt). A
//     company or example domain is never personal by this test, nor is a placeholder local
//     part such as user@ or john.doe@. The pack's own metadata
//     `email` is reported only where it is declared (pack_metadata.json), not where the docs
//     repeat it;
//   - real-looking phone numbers (see docs_phone.h for the fictional ranges left out);
//   - screenshots under a Screenshots/ folder: one note per pack, on the first of them, asking
//     for a manual check (third-party screenshots often show people's names and addresses).
// Real-looking IOCs, tenant IDs and user names in sample data cannot be told from fakes by a
// scanner and are not reported. Messages never repeat the personal value.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "engines/builtin/privacy/checks_docs.h"
#include "engines/builtin/privacy/docs_phone.h"
#include "engines/builtin/privacy/docs_util.h"
#include "rules/data_file.h"

namespace packaudit {
namespace {

constexpr std::string_view kProvidersFile = "data/personal-email-domains.txt";

const std::vector<std::string>& PersonalDomains() {
  static const std::vector<std::string> kDomains = [] {
    const auto text = EmbeddedRuleData(kProvidersFile);
    std::vector<std::string> domains = text ? DataLines(*text) : std::vector<std::string>{};
    for (std::string& domain : domains) domain = privacy_docs::Lower(domain);
    std::sort(domains.begin(), domains.end());
    return domains;
  }();
  return kDomains;
}

bool IsPersonalDomain(const std::string& domain) {
  const std::vector<std::string>& domains = PersonalDomains();
  return std::binary_search(domains.begin(), domains.end(), domain);
}

// Local parts that documentation uses as placeholders ("user@gmail.com" in "e.g. user@gmail.com"):
// no person is named.
bool IsPlaceholderLocalPart(const std::string& address) {
  constexpr std::array<std::string_view, 24> kPlaceholders = {
      "user",      "username",   "user1",    "user2",   "test",     "testuser",
      "example",   "someone",    "somebody", "name",    "yourname", "your.name",
      "youremail", "your.email", "email",    "foo",     "bar",      "foobar",
      "john.doe",  "jane.doe",   "johndoe",  "janedoe", "noreply",  "no-reply"};
  const std::string local = address.substr(0, address.find('@'));
  return std::find(kPlaceholders.begin(), kPlaceholders.end(), local) != kPlaceholders.end();
}

bool IsScannedKind(FileKind kind) {
  constexpr std::array<FileKind, 9> kKinds = {
      FileKind::kPackReadme,     FileKind::kItemReadme,
      FileKind::kPlaybookReadme, FileKind::kIntegrationDescription,
      FileKind::kReleaseNote,    FileKind::kMarkdown,
      FileKind::kPackMetadata,   FileKind::kCommandExamples,
      FileKind::kTestData};
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

bool InScreenshotsFolder(const Pack& pack, const ParsedFile& file) {
  const std::string path = privacy_docs::Lower(pack.RelativePath(file.source->path()));
  return path.rfind("screenshots/", 0) == 0 || path.find("/screenshots/") != std::string::npos;
}

void CheckFile(const RuleSpec& rule, const ParsedFile& file, const std::string& own_email,
               Emitter& emitter) {
  const SourceFile& source = *file.source;
  const std::string_view text = source.text();
  for (const privacy_docs::EmailMatch& email : privacy_docs::FindEmails(text)) {
    if (!IsPersonalDomain(email.domain)) continue;
    const std::string address = privacy_docs::Lower(email.address);
    if (IsPlaceholderLocalPart(address)) continue;
    if (file.kind != FileKind::kPackMetadata && address == own_email) continue;
    emitter.AtBytes(rule, source, email.begin, email.end,
                    {{"what", "a personal e-mail address at " + email.domain}}, address);
  }
  for (const privacy_docs::PhoneMatch& phone : privacy_docs::FindPhoneNumbers(text)) {
    emitter.AtBytes(rule, source, phone.begin, phone.end, {{"what", "a phone number"}},
                    "phone " + phone.digits);
  }
}

}  // namespace

void CheckPersonalData(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                       Emitter& emitter) {
  const std::string own_email = privacy_docs::Lower(privacy_docs::MetadataText(pack, "email"));
  std::vector<const ParsedFile*> screenshots;
  for (const ParsedFile* file : pack.files) {
    if (file->kind == FileKind::kImage || file->kind == FileKind::kItemImage) {
      if (InScreenshotsFolder(pack, *file)) screenshots.push_back(file);
      continue;
    }
    if (!IsScannedKind(file->kind) || file->source->has_nul()) continue;
    CheckFile(rule, *file, own_email, emitter);
  }
  if (screenshots.empty()) return;
  const size_t count = screenshots.size();
  const std::string what =
      (count == 1 ? std::string("a screenshot") : std::to_string(count) + " screenshots") +
      " under Screenshots/ that need a manual check for people's names, addresses and other "
      "personal data";
  emitter.AtLine(rule, *screenshots.front()->source, 1, {{"what", what}}, "screenshots");
}

}  // namespace packaudit
