// PRIV004: a tracker, analytics, ad-network or data-broker host (rules/data/tracker-hosts.txt)
// referenced by code, YAML or docs. Code: the string literals of the parse tree (URLs anywhere in
// a literal, and literals that are a bare host), so comments never count. YAML: the scalar values
// (only when the file mentions a listed domain at all), without the embedded code, which
// is checked as code. Markdown, JSON and other text: the URLs and protocol-relative references
// in the text. One finding per reference.
#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "engines/builtin/privacy/checks_hosts.h"
#include "engines/builtin/privacy/hosts_tracker_list.h"
#include "parse/code_strings.h"

namespace packaudit {
namespace {

bool IsYamlKind(FileKind kind) {
  return kind == FileKind::kIntegrationYaml || kind == FileKind::kScriptYaml ||
         kind == FileKind::kPlaybookYaml || kind == FileKind::kTestPlaybookYaml ||
         kind == FileKind::kOtherYaml;
}

// Byte range of `host` inside [begin, end) of the file (case-insensitive), or the whole range.
std::pair<size_t, size_t> HostRange(const SourceFile& file, size_t begin, size_t end,
                                    std::string_view host) {
  end = std::min(end, file.size());
  if (begin >= end) return {begin, end};
  const std::string_view slice = file.text().substr(begin, end - begin);
  auto it = std::search(slice.begin(), slice.end(), host.begin(), host.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
  if (it == slice.end()) return {begin, end};
  const size_t at = begin + static_cast<size_t>(it - slice.begin());
  return {at, at + host.size()};
}

void Emit(const RuleSpec& rule, const SourceFile& file, size_t begin, size_t end,
          const HostRef& ref, const TrackerEntry& entry, Emitter& emitter) {
  emitter.AtBytes(
      rule, file, begin, end,
      MessageArgs{{"host", ref.host}, {"category", entry.category}, {"entry", entry.Text()}},
      entry.Text() + " " + ref.host);
}

// The listed references of one value (a literal or a YAML scalar), one per entry and host.
std::vector<std::pair<HostRef, const TrackerEntry*>> TrackersIn(std::string_view value) {
  std::vector<std::pair<HostRef, const TrackerEntry*>> out;
  std::set<std::pair<std::string, const TrackerEntry*>> seen;
  auto add = [&](HostRef ref) {
    const TrackerEntry* entry = MatchTracker(ref.host, ref.path);
    if (entry != nullptr && seen.insert({ref.host, entry}).second) {
      out.emplace_back(std::move(ref), entry);
    }
  };
  HostRef bare;
  if (BareHostRef(value, bare)) add(std::move(bare));
  for (HostRef& ref : FindHostRefs(value)) add(std::move(ref));
  return out;
}

void CheckCode(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.strings == nullptr) return;
  for (const CodeString& s : unit.strings->strings) {
    if (!MayMentionTracker(s.value)) continue;
    for (const auto& [ref, entry] : TrackersIn(s.value)) {
      const auto [begin, end] = HostRange(*unit.file, s.begin, s.end, ref.host);
      Emit(rule, *unit.file, begin, end, ref, *entry, emitter);
    }
  }
}

void VisitScalars(const DocNode& node, const DocNode* skip,
                  const std::function<void(const DocNode&)>& visit) {
  if (&node == skip) return;
  if (node.IsScalar()) {
    visit(node);
  } else if (node.IsMap()) {
    for (const auto& [key, value] : node.entries) VisitScalars(value, skip, visit);
  } else if (node.IsSequence()) {
    for (const DocNode& item : node.items) VisitScalars(item, skip, visit);
  }
}

void CheckYaml(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.doc == nullptr) return;  // did not parse: ENG001 reports it
  const SourceFile& file = *unit.file;
  const DocNode& root = *unit.doc;
  // The embedded code (script.script of an integration, script of an automation) is a code unit.
  const DocNode* code = nullptr;
  if (const DocNode* script = root.Get("script")) {
    code = script->IsMap() ? script->Get("script") : script;
  }
  VisitScalars(root, code, [&](const DocNode& scalar) {
    if (!MayMentionTracker(scalar.scalar)) return;
    const size_t begin = file.OffsetOf(scalar.position);
    size_t end = file.OffsetOf(scalar.end);
    if (end <= begin) end = file.LineEnd(scalar.position.line);
    for (const auto& [ref, entry] : TrackersIn(scalar.scalar)) {
      const auto [from, to] = HostRange(file, begin, end, ref.host);
      Emit(rule, file, from, to, ref, *entry, emitter);
    }
  });
}

void CheckText(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  for (const HostRef& ref : FindHostRefs(unit.text->text())) {
    if (const TrackerEntry* entry = MatchTracker(ref.host, ref.path)) {
      const auto [begin, end] =
          HostRange(*unit.file, unit.MapOffset(ref.begin), unit.MapOffset(ref.end), ref.host);
      Emit(rule, *unit.file, begin, end, ref, *entry, emitter);
    }
  }
}

}  // namespace

void CheckTrackerHosts(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (!MayMentionTracker(unit.text->text())) return;
  if (LanguageOfKind(unit.kind).has_value()) {
    if (unit.tree != nullptr) CheckCode(rule, unit, emitter);  // no tree: not parsed, no literals
  } else if (IsYamlKind(unit.kind)) {
    CheckYaml(rule, unit, emitter);
  } else {
    CheckText(rule, unit, emitter);
  }
}

}  // namespace packaudit
