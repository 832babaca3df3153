#include "engines/builtin/privacy/docs_util.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/text.h"

namespace packaudit {
namespace privacy_docs {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool HasWord(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "<dir>/<stem><suffix>" beside a top-level YAML "<dir>/<stem>.yml".
const ParsedFile* SiblingOfTopLevelYaml(const Pack& pack, const Item& item,
                                        std::string_view suffix) {
  if (item.owns_dir || item.yaml == nullptr) return nullptr;
  std::string path = pack.RelativePath(item.yaml->source->path());
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos) return nullptr;
  path.resize(dot);
  path += suffix;
  return pack.FileAt(path);
}

}  // namespace

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    if (IsAlnum(c)) {
      current += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

bool IsHttpUrl(std::string_view url) {
  const std::string lower = Lower(Trim(url));
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
}

bool MentionsPrivacy(std::string_view text) {
  const std::string lower = Lower(text);
  if (lower.find("privacy") != std::string::npos) return true;
  for (std::string_view form : {"data protection", "data-protection", "data_protection",
                                "dataprotection", "data%20protection"}) {
    if (lower.find(form) != std::string::npos) return true;
  }
  const std::vector<std::string> words = Words(lower);
  return HasWord(words, "gdpr") || HasWord(words, "dpa");
}

bool MentionsContact(std::string_view text) {
  return MentionsPrivacy(text) || Lower(text).find("contact") != std::string::npos;
}

bool IsWebLink(const MdLink& link) { return !link.image && IsHttpUrl(link.url); }

std::vector<const ParsedFile*> NoticeDocuments(const Pack& pack) {
  std::vector<const ParsedFile*> documents;
  if (pack.readme != nullptr && pack.readme->markdown) documents.push_back(pack.readme);
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration) continue;
    const ParsedFile* description = ItemDescription(pack, item);
    if (description != nullptr && description->markdown) documents.push_back(description);
  }
  return documents;
}

const ParsedFile* ItemReadme(const Pack& pack, const Item& item) {
  if (item.readme != nullptr) return item.readme;
  return SiblingOfTopLevelYaml(pack, item, "_README.md");
}

const ParsedFile* ItemDescription(const Pack& pack, const Item& item) {
  if (item.description != nullptr) return item.description;
  return SiblingOfTopLevelYaml(pack, item, "_description.md");
}

std::vector<EmailMatch> FindEmails(std::string_view text) {
  // The local part may not start with a dot; the domain needs a dot and a letter TLD.
  static const RE2 kEmail(
      R"re(([A-Za-z0-9_%+-][A-Za-z0-9._%+-]*)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24})\b)re");
  std::vector<EmailMatch> matches;
  const char* const base = text.data();
  size_t pos = 0;
  while (pos < text.size()) {
    re2::StringPiece match;
    if (!kEmail.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                      &match, 1))
      break;
    const size_t begin = static_cast<size_t>(match.data() - base);
    const size_t end = begin + match.size();
    EmailMatch email;
    email.begin = begin;
    email.end = end;
    email.address = std::string(match.data(), match.size());
    email.domain = Lower(email.address.substr(email.address.find('@') + 1));
    matches.push_back(std::move(email));
    pos = end;
  }
  return matches;
}

std::string_view MetadataText(const Pack& pack, std::string_view key) {
  if (pack.metadata == nullptr) return {};
  const DocNode* node = pack.metadata->Get(key);
  return node != nullptr ? Trim(node->Text()) : std::string_view();
}

Finding& EmitAtNode(const RuleSpec& rule, const ParsedFile& file, const DocNode& node,
                    const MessageArgs& args, std::string match_text, Emitter& emitter) {
  const SourceFile& source = *file.source;
  if (node.IsScalar() && !node.block_literal && node.end.line == node.position.line) {
    const size_t begin = source.OffsetOf(node.position);
    const size_t end = source.OffsetOf(node.end);
    return emitter.AtBytes(rule, source, begin, std::max(begin, end), args, std::move(match_text));
  }
  return emitter.AtLine(rule, source, node.position.line, args, std::move(match_text));
}

void EmitOnMetadata(const RuleSpec& rule, const Pack& pack,
                    const std::vector<std::string_view>& keys, const MessageArgs& args,
                    std::string match_text, Emitter& emitter) {
  const SourceFile& file = *pack.metadata_file->source;
  if (pack.metadata != nullptr) {
    for (std::string_view key : keys) {
      const DocNode* key_node = pack.metadata->KeyNode(key);
      if (key_node == nullptr) continue;
      const DocNode* value = pack.metadata->Get(key);
      const size_t begin = file.OffsetOf(key_node->position);
      const size_t end = file.OffsetOf(
          value != nullptr && value->end.line == key_node->position.line ? value->end
                                                                         : key_node->end);
      emitter.AtBytes(rule, file, begin, std::max(begin, end), args, std::move(match_text));
      return;
    }
  }
  emitter.AtLine(rule, file, 1, args, std::move(match_text));
}

}  // namespace privacy_docs
}  // namespace packaudit
