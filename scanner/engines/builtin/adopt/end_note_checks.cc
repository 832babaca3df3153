// Checks of a completed adoption (the README carries an end note): ADOPT004
// (metadata still names Palo Alto Networks), ADOPT005 (no contact clause),
// ADOPT010 (no Author_image.png) and ADOPT011 (quoted email/url differ from
// pack_metadata.json).
#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "engines/builtin/adopt/adopt_util.h"
#include "engines/builtin/adopt/checks.h"

namespace packaudit {
namespace {

std::string Trimmed(std::string_view text) {
  const size_t b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(b, e - b + 1));
}

// A URL reduced for comparison: lower case, no scheme, no "www.", no trailing '/'.
std::string NormalUrl(std::string_view url) {
  std::string out = Lower(Trimmed(url));
  for (std::string_view scheme : {"https://", "http://"}) {
    if (out.rfind(scheme, 0) == 0) out.erase(0, scheme.size());
  }
  if (out.rfind("www.", 0) == 0) out.erase(0, 4);
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

// The host of a URL ("www.paloaltonetworks.com"), lower case.
std::string HostOf(std::string_view url) {
  std::string rest = Lower(Trimmed(url));
  const size_t scheme = rest.find("://");
  if (scheme != std::string::npos) rest.erase(0, scheme + 3);
  const size_t end = rest.find_first_of("/:?#");
  if (end != std::string::npos) rest.erase(end);
  return rest;
}

bool IsPanwHost(const std::string& host) {
  const std::string_view domain = "paloaltonetworks.com";
  return host == domain || (host.size() > domain.size() &&
                            host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
                            host[host.size() - domain.size() - 1] == '.');
}

std::string MetadataText(const Pack& pack, std::string_view key) {
  if (pack.metadata == nullptr) return {};
  const DocNode* node = pack.metadata->Get(key);
  return node != nullptr ? Trimmed(node->Text()) : std::string();
}

// A finding on a pack_metadata.json key (its key and value when they share a line), else line 1.
void EmitAtMetadataKey(const RuleSpec& rule, const Pack& pack, std::string_view key,
                       const MessageArgs& args, Emitter& emitter) {
  const SourceFile& file = *pack.metadata_file->source;
  const DocNode* key_node = pack.metadata->KeyNode(key);
  const DocNode* value = pack.metadata->Get(key);
  if (key_node != nullptr && value != nullptr && value->end.line == key_node->position.line) {
    emitter.AtBytes(rule, file, file.OffsetOf(key_node->position), file.OffsetOf(value->end), args,
                    std::string(key));
  } else {
    emitter.AtLine(rule, file, 1, args, std::string(key));
  }
}

}  // namespace

void CheckAdoptionEndMetadata(const RuleSpec& rule, const Pack& pack,
                              const CheckContext& /*context*/, Emitter& emitter) {
  if (pack.metadata == nullptr) return;
  if (!HasNote(PackAdoptionNotes(pack), AdoptionNoteKind::kEnd)) return;
  if (pack.support != "partner") {
    const std::string shown =
        pack.support.empty() ? "no support level" : "support '" + pack.support + "'";
    EmitAtMetadataKey(rule, pack, "support",
                      {{"problem", "has " + shown + " instead of 'partner'"}}, emitter);
  }
  const std::string author = MetadataText(pack, "author");
  if (Lower(author) == "cortex xsoar") {
    EmitAtMetadataKey(rule, pack, "author",
                      {{"problem", "still names the default author '" + author + "'"}}, emitter);
  }
  const std::string url = MetadataText(pack, "url");
  if (!url.empty() && IsPanwHost(HostOf(url))) {
    EmitAtMetadataKey(
        rule, pack, "url",
        {{"problem", "still points the support url to Palo Alto Networks (" + url + ")"}}, emitter);
  }
  const std::string email = MetadataText(pack, "email");
  if (Lower(email).find("paloaltonetworks.com") != std::string::npos) {
    EmitAtMetadataKey(rule, pack, "email",
                      {{"problem", "still has a Palo Alto Networks support email (" + email + ")"}},
                      emitter);
  }
}

void CheckAdoptionEndContact(const RuleSpec& rule, const Pack& pack,
                             const CheckContext& /*context*/, Emitter& emitter) {
  for (const AdoptionNote& note : PackAdoptionNotes(pack).notes) {
    if (note.kind == AdoptionNoteKind::kEnd && note.contact_clause.empty()) {
      EmitAtNote(rule, *pack.readme->source, note, {}, emitter);
    }
  }
}

void CheckAdoptionAuthorImage(const RuleSpec& rule, const Pack& pack,
                              const CheckContext& /*context*/, Emitter& emitter) {
  if (pack.FileAt("Author_image.png") != nullptr) return;
  for (const AdoptionNote& note : PackAdoptionNotes(pack).notes) {
    if (note.kind == AdoptionNoteKind::kEnd) {
      EmitAtNote(rule, *pack.readme->source, note, {}, emitter);
      return;
    }
  }
}

void CheckAdoptionContactMatch(const RuleSpec& rule, const Pack& pack,
                               const CheckContext& /*context*/, Emitter& emitter) {
  if (pack.metadata == nullptr) return;
  const std::string email = MetadataText(pack, "email");
  const std::string url = MetadataText(pack, "url");
  const SourceFile* readme = pack.readme != nullptr ? pack.readme->source.get() : nullptr;
  for (const AdoptionNote& note : PackAdoptionNotes(pack).notes) {
    if (note.kind != AdoptionNoteKind::kEnd) continue;
    for (const std::string& quoted : note.emails) {
      if (Lower(quoted) == Lower(email)) continue;
      emitter.AtBytes(rule, *readme, note.begin, note.end,
                      {{"field", "email"},
                       {"quoted", quoted},
                       {"expected", email.empty() ? "no email" : "'" + email + "'"}},
                      quoted);
    }
    for (const std::string& quoted : note.urls) {
      if (NormalUrl(quoted) == NormalUrl(url)) continue;
      emitter.AtBytes(rule, *readme, note.begin, note.end,
                      {{"field", "url"},
                       {"quoted", quoted},
                       {"expected", url.empty() ? "no url" : "'" + url + "'"}},
                      quoted);
    }
  }
}

}  // namespace packaudit
