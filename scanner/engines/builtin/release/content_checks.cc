// REL005 (placeholders left or empty release note) and REL006 ("breaking change" without its
// breakingChanges JSON companion): checks over the text of each release note, comments excluded.
#include <re2/re2.h>

#include "engines/builtin/release/checks.h"
#include "engines/builtin/release/release_note_files.h"
#include "engines/builtin/release/release_note_outline.h"

namespace packaudit {
namespace {

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string StemOf(const std::string& name) {
  const size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

void CheckReleaseNotePlaceholders(const RuleSpec& rule, const Pack& pack,
                                  const CheckContext& /*context*/, Emitter& emitter) {
  static const RE2 kPlaceholder(R"((%%(?:UPDATE_[A-Z0-9_]+|XSIAM_VERSION|RN)%%))");
  for (const RnFile& rn : ReleaseNoteFiles(pack)) {
    if (rn.file->kind != FileKind::kReleaseNote) continue;
    const SourceFile& file = *rn.file->source;
    const std::string text = WithoutComments(file.text());
    if (IsBlank(text)) {
      emitter.AtLine(rule, file, 1, {{"problem", "is empty"}}, "empty:" + rn.name);
      continue;
    }
    re2::StringPiece input(text);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, kPlaceholder, &match)) {
      const size_t begin = static_cast<size_t>(match.data() - text.data());
      const std::string placeholder(match.data(), match.size());
      emitter.AtBytes(rule, file, begin, begin + match.size(),
                      {{"problem", "still holds the placeholder " + placeholder}}, placeholder);
    }
  }
}

void CheckReleaseNoteBreakingChange(const RuleSpec& rule, const Pack& pack,
                                    const CheckContext& /*context*/, Emitter& emitter) {
  static const RE2 kBreaking(R"((?i)(breaking[ \t-]+changes?))");
  static const RE2 kNegated(R"((?i)(?:\bno|\bnon|\bnot\s+an?|\bwithout|\bnone\s+of\s+the)[\s-]*$)");
  for (const RnFile& rn : ReleaseNoteFiles(pack)) {
    if (rn.file->kind != FileKind::kReleaseNote) continue;
    const SourceFile& file = *rn.file->source;
    const std::string text = WithoutComments(file.text());
    std::optional<std::pair<size_t, size_t>> found;
    re2::StringPiece input(text);
    re2::StringPiece match;
    while (!found && RE2::FindAndConsume(&input, kBreaking, &match)) {
      const size_t begin = static_cast<size_t>(match.data() - text.data());
      const size_t line_start = file.LineStart(file.LineOf(begin));
      const std::string_view before(text.data() + line_start, begin - line_start);
      if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kNegated)) continue;
      found = std::make_pair(begin, begin + match.size());
    }
    if (!found) continue;
    const std::string companion = StemOf(rn.name) + ".json";
    const ParsedFile* json = pack.FileAt("ReleaseNotes/" + companion);
    std::string problem;
    if (json == nullptr) {
      problem = "there is no " + companion;
    } else if (!json->doc || !json->doc->IsMap()) {
      problem = companion + " is not a JSON object";
    } else if (const DocNode* flag = json->doc->Get("breakingChanges");
               flag == nullptr || flag->Text() != "true") {
      problem = companion + " does not set \"breakingChanges\": true";
    } else {
      continue;
    }
    emitter.AtBytes(rule, file, found->first, found->second, {{"problem", problem}},
                    "breaking:" + rn.name);
  }
}

}  // namespace packaudit
