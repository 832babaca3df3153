// SEC008, per file: every disable-secrets-detection marker (a note saying what it hides; a warning
// when it hides a high-entropy string, which SEC001 then lists as a waived finding), and the Python
// comments that silence security linters: `# nosec`, `# noqa: S...`, `# pylint: disable=` with an
// xsoar-lint message.
#include <re2/re2.h>
#include <tree_sitter/api.h>

#include <algorithm>
#include <array>
#include <string>

#include "engines/builtin/code/tree_walk.h"
#include "engines/builtin/security/checks_secrets.h"
#include "engines/builtin/security/secrets_unit.h"

namespace packaudit {
namespace {

using secrets::HiddenBy;
using secrets::Hit;
using secrets::HitKind;
using secrets::LineState;
using secrets::Marker;

std::string Plural(size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// "; it hides 1 high-entropy string and 2 indicators" (or "" when it hides nothing).
std::string Effect(size_t strings, size_t indicators) {
  std::string parts;
  if (strings > 0) parts = Plural(strings, "high-entropy string");
  if (indicators > 0) {
    if (!parts.empty()) parts += " and ";
    parts += Plural(indicators, "indicator");
  }
  return parts.empty() ? ", but it hides nothing the secret rules report" : "; it hides " + parts;
}

void AuditMarkers(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  const std::string_view text = unit.file->text();
  const std::vector<LineState> lines = secrets::MarkLines(text);
  const std::vector<Hit>& hits = secrets::AnalyzeUnit(unit);
  int open_start = 0;
  for (size_t n = 0; n < lines.size(); ++n) {
    const LineState& line = lines[n];
    const int number = static_cast<int>(n) + 1;
    if (line.marker == Marker::kNone) continue;
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    const size_t at = content.find("disable-secrets-detection");
    size_t end = at;
    while (end < content.size() &&
           (std::isalnum(static_cast<unsigned char>(content[end])) || content[end] == '-')) {
      ++end;
    }
    const std::string marker(content.substr(at, end - at));
    std::string what;
    bool hides_strings = false;
    if (line.marker == Marker::kEnd) {
      if (open_start != 0) {
        open_start = 0;
        continue;  // reported with its start marker
      }
      what = "`" + marker + "` closes no disable-secrets-detection-start block";
    } else if (line.marker == Marker::kStart || line.marker == Marker::kLine) {
      size_t strings = 0;
      size_t indicators = 0;
      int last = number;
      for (const Hit& hit : hits) {
        if (hit.hidden != HiddenBy::kMarker || hit.marker_line != number) continue;
        (hit.kind == HitKind::kEntropy ? strings : indicators)++;
      }
      hides_strings = strings > 0;
      if (line.marker == Marker::kStart) {
        open_start = number;
        while (last < static_cast<int>(lines.size()) && lines[last].hidden_by == number) ++last;
        what = "`" + marker + "` hides lines " + std::to_string(number) + "-" +
               std::to_string(last) + " from the secret rules" + Effect(strings, indicators);
      } else {
        what =
            "`" + marker + "` hides this line from the secret rules" + Effect(strings, indicators);
      }
    }
    // The hidden strings themselves are SEC001 findings marked as waived by this marker.
    Finding& f = emitter.AtBytes(rule, *unit.file, line.begin + at, line.begin + end,
                                 {{"what", what}}, std::string(content));
    if (hides_strings) f.severity = Severity::kWarning;
  }
}

const RE2& NosecRe() {
  static const RE2 re(R"((?i)#\s*nosec\b)");
  return re;
}
const RE2& NoqaRe() {
  static const RE2 re(R"((?i)noqa\s*:\s*([A-Z0-9, ]+))");
  return re;
}
const RE2& PylintRe() {
  static const RE2 re(R"(pylint\s*:\s*disable\s*=\s*([\w, -]+))");
  return re;
}
const RE2& XsoarLintIdRe() {
  static const RE2 re(R"([EWCR]9\d{3})");
  return re;
}

bool IsXsoarLintMessage(std::string_view item) {
  static constexpr std::array<std::string_view, 16> kSymbols = {
      "sys-exit-exists",
      "print-exists",
      "demisto-log-exists",
      "sleep-exists",
      "exit-exists",
      "quit-exists",
      "invalid-import-common-server-python",
      "init-params-outside-main",
      "init-args-outside-main",
      "main-func-doesnt-exist",
      "demisto-results-exists",
      "return-outputs-exists",
      "not-implemented-error-doesnt-exist",
      "unimplemented-commands-exist",
      "unimplemented-test-module",
      "commands-exist"};
  return RE2::FullMatch(item, XsoarLintIdRe()) ||
         std::find(kSymbols.begin(), kSymbols.end(), item) != kSymbols.end();
}

// The comma-separated items of `list` that `keep` accepts, joined with ", ".
template <typename Keep>
std::string Kept(const std::string& list, Keep keep) {
  std::string out;
  size_t pos = 0;
  while (pos <= list.size()) {
    const size_t comma = std::min(list.find(',', pos), list.size());
    std::string item = list.substr(pos, comma - pos);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty() && keep(item)) out += (out.empty() ? "" : ", ") + item;
    pos = comma + 1;
  }
  return out;
}

void AuditLinterComments(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || unit.tree->language() != Language::kPython) return;
  tree_checks::Walk(unit.tree->root(), [&](TSNode node) {
    if (!tree_checks::TypeIs(node, "comment")) return true;
    const std::string_view comment = tree_checks::Text(unit, node);
    std::string what;
    std::string codes;
    if (RE2::PartialMatch(comment, NosecRe())) {
      what = "`# nosec` silences Bandit's security checks on this line";
    } else if (RE2::PartialMatch(comment, NoqaRe(), &codes) &&
               !(codes = Kept(codes, [](const std::string& c) {
                   return c.size() > 1 && (c[0] == 'S' || c[0] == 's') &&
                          std::all_of(c.begin() + 1, c.end(), ::isdigit);
                 })).empty()) {
      what = "`# noqa: " + codes + "` silences ruff security (flake8-bandit) checks on this line";
    } else if (RE2::PartialMatch(comment, PylintRe(), &codes) &&
               !(codes = Kept(codes, IsXsoarLintMessage)).empty()) {
      what = "`# pylint: disable=" + codes + "` silences xsoar-lint checks";
    } else {
      return false;
    }
    const size_t begin = unit.MapOffset(ts_node_start_byte(node));
    const size_t end = unit.MapOffset(ts_node_end_byte(node) - 1) + 1;
    emitter.AtBytes(rule, *unit.file, begin, end, {{"what", what}}, std::string(comment));
    return false;
  });
}

}  // namespace

void CheckSuppressionMarkers(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (secrets::IsWholeFile(unit)) AuditMarkers(rule, unit, emitter);
  AuditLinterComments(rule, unit, emitter);
}

}  // namespace packaudit
