#include "engines/builtin/adopt/adopt_util.h"

#include <algorithm>

namespace packaudit {
namespace {

std::string_view TrimView(std::string_view text) {
  const size_t b = text.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const size_t e = text.find_last_not_of(" \t");
  return text.substr(b, e - b + 1);
}

}  // namespace

ReadmeAdoption PackAdoptionNotes(const Pack& pack) {
  if (pack.readme == nullptr || pack.readme->source == nullptr) return {};
  return FindAdoptionNotes(*pack.readme->source);
}

bool HasNote(const ReadmeAdoption& adoption, AdoptionNoteKind kind) {
  return std::any_of(adoption.notes.begin(), adoption.notes.end(),
                     [&](const AdoptionNote& note) { return note.kind == kind; });
}

std::vector<const ReleaseNote*> ReleaseNotesByVersion(const Pack& pack) {
  std::vector<const ReleaseNote*> notes;
  for (const ReleaseNote& rn : pack.release_notes) {
    if (rn.version && rn.file != nullptr && rn.file->source != nullptr) notes.push_back(&rn);
  }
  std::sort(notes.begin(), notes.end(),
            [](const ReleaseNote* a, const ReleaseNote* b) { return *a->version < *b->version; });
  return notes;
}

std::vector<int> ContentLines(const SourceFile& file) {
  std::vector<int> lines;
  bool in_comment = false;
  for (int n = 1; n <= file.line_count(); ++n) {
    std::string_view line = TrimView(file.Line(n));
    bool text = false;
    while (!line.empty()) {
      if (in_comment) {
        const size_t close = line.find("-->");
        if (close == std::string_view::npos) break;
        in_comment = false;
        line = TrimView(line.substr(close + 3));
        continue;
      }
      const size_t open = line.find("<!--");
      if (open == std::string_view::npos) {
        text = true;
        break;
      }
      if (open > 0) text = true;
      in_comment = true;
      line = line.substr(open + 4);
    }
    if (text) lines.push_back(n);
  }
  return lines;
}

std::vector<AdoptionLine> AdoptionLinesOf(const SourceFile& file) {
  std::vector<AdoptionLine> lines;
  for (int n : ContentLines(file)) {
    const AdoptionMark mark = AdoptionMarkOf(file.Line(n));
    if (mark != AdoptionMark::kNone) lines.push_back({n, mark});
  }
  return lines;
}

int FirstContentLine(const SourceFile& file) {
  const std::vector<int> lines = ContentLines(file);
  return lines.empty() ? 1 : lines.front();
}

void EmitAtNote(const RuleSpec& rule, const SourceFile& file, const AdoptionNote& note,
                const MessageArgs& args, Emitter& emitter) {
  emitter.AtBytes(rule, file, note.begin, note.end, args, note.text);
}

void EmitAtDate(const RuleSpec& rule, const SourceFile& file, const AdoptionNote& note,
                const MessageArgs& args, Emitter& emitter) {
  if (note.date_end > note.date_begin) {
    emitter.AtBytes(rule, file, note.date_begin, note.date_end, args, note.text);
  } else {
    emitter.AtBytes(rule, file, note.begin, note.end, args, note.text);
  }
}

std::string NoteKindName(AdoptionNoteKind kind) {
  return kind == AdoptionNoteKind::kStart ? "start" : "end";
}

}  // namespace packaudit
