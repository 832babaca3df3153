// PRIV003: an integration that sends customer data out has no data-flow disclosure.
//
// Sending data out: a command whose name has a word starting with submit/submission, upload,
// send, detonat or scan (also with a "re" prefix: rescan, resubmit), except the nouns sender(s)
// and scanner(s); or any fetch or feed flag (isfetch, isfetchevents, isfetchassets, feed).
// Deprecated integrations are skipped.
//
// A disclosure, in the pack README or the integration's README, is either
//   - a heading about data handling: it has a word "privacy", "gdpr" or "retention", or the word
//     "data" with a handling word (handling, collection, processing, protection, flow, sharing,
//     usage, storage, stored, sent, transfer, residency, security, personal, ...); or
//   - a sentence that says what is stored or retained
//     (store/retain/retention/collect/keeps with an object such as data, information, files,
//     indicators, events, records, nothing) or that data is sent (send/transmit/share/upload/
//     submit/disclose/process with data, information, personal or PII).
// Headings and sentences inside a "Commands" section (to the next heading of its level or
// higher) do not count: "Uploads a file" or "### acme-data-collection-get" describe a command,
// not the data flow. "fetch data" alone is not a disclosure.
//
// One finding per integration, on the first data-sending command's name (else the fetch/feed
// flag), listing at most five command names.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "engines/builtin/privacy/checks_docs.h"
#include "engines/builtin/privacy/docs_util.h"
#include "model/item_yaml.h"

namespace packaudit {
namespace {

using privacy_docs::Words;

constexpr size_t kMaxListed = 5;

template <size_t N>
bool AnyOf(const std::vector<std::string>& words, const std::array<std::string_view, N>& set) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    return std::find(set.begin(), set.end(), word) != set.end();
  });
}

// Words of a command name: split at non-alphanumerics and at lower-to-upper case changes.
std::vector<std::string> NameWords(std::string_view name) {
  std::string spaced;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (i > 0 && c >= 'A' && c <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z') spaced += ' ';
    spaced += c;
  }
  return Words(spaced);
}

bool SendsData(std::string_view command_name) {
  constexpr std::array<std::string_view, 6> kStems = {"submit", "submission", "upload",
                                                      "send",   "detonat",    "scan"};
  constexpr std::array<std::string_view, 4> kNouns = {"sender", "senders", "scanner", "scanners"};
  for (std::string word : NameWords(command_name)) {
    if (word.rfind("re", 0) == 0 && word.size() > 2) {
      const std::string rest = word.substr(2);
      if (std::any_of(kStems.begin(), kStems.end(),
                      [&](std::string_view stem) { return rest.rfind(stem, 0) == 0; })) {
        word = rest;
      }
    }
    if (std::find(kNouns.begin(), kNouns.end(), word) != kNouns.end()) continue;
    for (std::string_view stem : kStems) {
      if (word.rfind(stem, 0) == 0) return true;
    }
  }
  return false;
}

bool IsDisclosureHeading(const std::string& text) {
  constexpr std::array<std::string_view, 4> kAlone = {"privacy", "gdpr", "retention", "dpa"};
  constexpr std::array<std::string_view, 23> kWithData = {
      "handling",   "handled",  "collection", "collected", "processing", "processed",
      "protection", "flow",     "flows",      "sharing",   "shared",     "usage",
      "storage",    "stored",   "sent",       "transfer",  "transfers",  "residency",
      "security",   "personal", "retained",   "collect",   "disclosure"};
  const std::vector<std::string> words = Words(text);
  if (AnyOf(words, kAlone)) return true;
  return std::find(words.begin(), words.end(), "data") != words.end() && AnyOf(words, kWithData);
}

bool IsDisclosureSentence(const std::vector<std::string>& words) {
  constexpr std::array<std::string_view, 18> kStorage = {
      "store",      "stores",    "stored",    "storing", "retain",   "retains",
      "retained",   "retaining", "retention", "collect", "collects", "collected",
      "collecting", "keeps",     "kept",      "deletes", "deleted",  "purged"};
  constexpr std::array<std::string_view, 34> kObjects = {
      "data",   "information", "personal",    "pii",       "indicator", "indicators", "file",
      "files",  "sample",      "samples",     "url",       "urls",      "address",    "addresses",
      "email",  "emails",      "username",    "usernames", "names",     "record",     "records",
      "event",  "events",      "logs",        "payload",   "payloads",  "content",    "values",
      "hashes", "artifacts",   "attachments", "lookups",   "nothing",   "submissions"};
  constexpr std::array<std::string_view, 23> kTransfer = {
      "send",        "sends",     "sent",    "sending",   "transmit",  "transmits",
      "transmitted", "share",     "shares",  "shared",    "sharing",   "upload",
      "uploads",     "uploaded",  "submit",  "submits",   "submitted", "disclose",
      "discloses",   "disclosed", "process", "processes", "processed"};
  constexpr std::array<std::string_view, 4> kData = {"data", "information", "personal", "pii"};
  return (AnyOf(words, kStorage) && AnyOf(words, kObjects)) ||
         (AnyOf(words, kTransfer) && AnyOf(words, kData));
}

// `text` with the bytes of HTML comments (an unclosed one runs to the end) turned into spaces;
// line breaks are kept, so lines keep their numbers.
std::string BlankComments(std::string_view text) {
  std::string out(text);
  size_t pos = 0;
  while (pos < out.size()) {
    const size_t open = out.find("<!--", pos);
    if (open == std::string::npos) break;
    const size_t close = out.find("-->", open + 4);
    const size_t stop = close == std::string::npos ? out.size() : close + 3;
    for (size_t i = open; i < stop; ++i) {
      if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
    }
    pos = stop;
  }
  return out;
}

// Sentences of `text`: split at . ! ? followed by white space, and at blank lines.
std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> sentences;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool end_of_text = i + 1 >= text.size();
    const char next = end_of_text ? ' ' : text[i + 1];
    const bool space_next = next == ' ' || next == '\n' || next == '\t' || next == '\r';
    current += c;
    const bool punctuation = (c == '.' || c == '!' || c == '?') && space_next;
    const bool blank_line = c == '\n' && (next == '\n' || next == '\r');
    if (punctuation || blank_line || end_of_text) {
      sentences.push_back(std::move(current));
      current.clear();
    }
  }
  return sentences;
}

// Whether a heading opens a command reference ("Commands", "Available commands").
bool IsCommandsHeading(const MdHeading& heading) {
  const std::vector<std::string> words = Words(heading.text);
  return std::find(words.begin(), words.end(), "commands") != words.end();
}

bool HasDisclosure(const ParsedFile* document) {
  if (document == nullptr || !document->markdown) return false;
  const SourceFile& source = *document->source;
  // Lines of command-reference sections: from a Commands heading to the next heading of the
  // same or a higher level.
  std::vector<bool> in_commands(static_cast<size_t>(source.line_count()) + 2, false);
  const std::vector<MdHeading>& headings = document->markdown->headings;
  for (size_t i = 0; i < headings.size(); ++i) {
    if (!IsCommandsHeading(headings[i])) continue;
    int stop = source.line_count() + 1;
    for (size_t j = i + 1; j < headings.size(); ++j) {
      if (headings[j].level <= headings[i].level) {
        stop = headings[j].position.line;
        break;
      }
    }
    for (int line = headings[i].position.line; line < stop; ++line) in_commands[line] = true;
  }
  for (const MdHeading& heading : headings) {
    if (!in_commands[heading.position.line] && IsDisclosureHeading(heading.text)) return true;
  }
  const std::string visible = BlankComments(source.text());
  std::string prose;
  for (int line = 1; line <= source.line_count(); ++line) {
    if (in_commands[line]) continue;
    const size_t begin = source.LineStart(line);
    prose.append(visible, begin, source.LineEnd(line) - begin);
    prose += '\n';
  }
  for (const std::string& sentence : Sentences(prose)) {
    if (IsDisclosureSentence(Words(sentence))) return true;
  }
  return false;
}

std::string ListNames(const std::vector<std::string>& names) {
  std::string out;
  const size_t shown = std::min(names.size(), kMaxListed);
  for (size_t i = 0; i < shown; ++i) out += (i == 0 ? "" : ", ") + names[i];
  if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
  return out;
}

}  // namespace

void CheckDataFlowDisclosure(const RuleSpec& rule, const Pack& pack, const CheckContext&,
                             Emitter& emitter) {
  const bool pack_discloses = HasDisclosure(pack.readme);
  for (const Item& item : pack.items) {
    if (item.type != ItemType::kIntegration || item.yaml == nullptr) continue;
    const DocNode* doc = ItemDoc(item);
    const DocNode* settings = ScriptSettings(item);
    if (doc == nullptr || settings == nullptr || TruthyOf(*doc, "deprecated")) continue;

    std::vector<std::string> names;
    const DocNode* anchor = nullptr;
    for (const DocNode* command : Commands(item)) {
      const std::string_view name = TextOf(*command, "name");
      if (name.empty() || !SendsData(name)) continue;
      names.emplace_back(name);
      if (anchor == nullptr) anchor = command->Get("name");
    }
    constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kFlags = {{
        {"isfetch", "fetch-incidents"},
        {"isfetchevents", "fetch-events"},
        {"isfetchassets", "fetch-assets"},
        {"feed", "fetch-indicators"},
    }};
    for (const auto& [flag, command] : kFlags) {
      if (!ScriptFlag(item, flag)) continue;
      names.emplace_back(command);
      if (anchor == nullptr) anchor = settings->KeyNode(flag);
    }
    if (names.empty()) continue;
    if (pack_discloses || HasDisclosure(privacy_docs::ItemReadme(pack, item))) continue;

    const std::string_view display = TextOf(*doc, "display");
    const std::string title(display.empty() ? std::string_view(item.name) : display);
    const MessageArgs args = {{"integration", title}, {"commands", ListNames(names)}};
    if (anchor == nullptr) anchor = doc->Get("name");
    if (anchor != nullptr) {
      privacy_docs::EmitAtNode(rule, *item.yaml, *anchor, args, "data flow of " + item.name,
                               emitter);
    } else {
      emitter.AtLine(rule, *item.yaml->source, 1, args, "data flow of " + item.name);
    }
  }
}

}  // namespace packaudit
