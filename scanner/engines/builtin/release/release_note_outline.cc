#include "engines/builtin/release/release_note_outline.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace packaudit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Trims [begin, end) of `text` in place.
void TrimRange(std::string_view text, size_t& begin, size_t& end) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
}

std::string StripMarketplaceTags(std::string_view text) {
  static const RE2 kTag(R"(</?~[A-Za-z0-9_]+>)");
  std::string out(text);
  RE2::GlobalReplace(&out, kTag, "");
  size_t b = 0;
  size_t e = out.size();
  TrimRange(out, b, e);
  return out.substr(b, e - b);
}

}  // namespace

std::string WithoutComments(std::string_view text) {
  std::string out(text);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t close = out.find("-->", pos + 4);
    const size_t end = close == std::string::npos ? out.size() : close + 3;
    for (size_t i = pos; i < end; ++i) {
      if (out[i] != '\n' && out[i] != '\r') out[i] = ' ';
    }
    pos = end;
  }
  return out;
}

std::vector<int> TextLinesOutsideComments(const SourceFile& file) {
  const std::string blanked = WithoutComments(file.text());
  std::vector<int> lines;
  for (int n = 1; n <= file.line_count(); ++n) {
    const size_t b = file.LineStart(n);
    const size_t e = file.LineEnd(n);
    for (size_t i = b; i < e; ++i) {
      if (!IsSpace(blanked[i])) {
        lines.push_back(n);
        break;
      }
    }
  }
  return lines;
}

std::vector<RnEntry> OutlineReleaseNote(const SourceFile& file) {
  static const RE2 kHeading(R"((#{1,6})[ \t]+(.*?)[ \t#]*)");
  static const RE2 kBullet(R"(([ \t]*)([-*+])[ \t]+(.*))");
  const std::string blanked = WithoutComments(file.text());
  std::vector<RnEntry> entries;
  std::string content_type;
  std::string item;
  bool new_item = false;
  bool in_fence = false;
  for (int n = 1; n <= file.line_count(); ++n) {
    const size_t line_begin = file.LineStart(n);
    const std::string_view line(blanked.data() + line_begin, file.LineEnd(n) - line_begin);
    size_t b = 0;
    size_t e = line.size();
    TrimRange(line, b, e);
    if (b == e) continue;
    const std::string_view trimmed = line.substr(b, e - b);
    if (trimmed.rfind("```", 0) == 0 || trimmed.rfind("~~~", 0) == 0) {
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    if (StripMarketplaceTags(trimmed).empty()) continue;  // a line holding only a tag

    RnEntry entry;
    entry.line = n;
    re2::StringPiece hashes, heading_text;
    re2::StringPiece indent, marker, bullet_text;
    const re2::StringPiece input(trimmed.data(), trimmed.size());
    const re2::StringPiece whole_line(line.data(), line.size());
    if (RE2::FullMatch(input, kHeading, &hashes, &heading_text)) {
      entry.kind = RnEntry::Kind::kHeading;
      entry.level = static_cast<int>(hashes.size());
      entry.begin = line_begin + static_cast<size_t>(heading_text.data() - line.data());
      entry.end = entry.begin + heading_text.size();
      entry.text = StripMarketplaceTags(std::string_view(heading_text.data(), heading_text.size()));
      if (entry.level <= 4) {
        content_type = entry.level == 4 ? entry.text : std::string();
        item.clear();
        new_item = false;
      } else if (entry.level == 5) {
        item = entry.text;
        new_item = false;
        if (item.rfind("New:", 0) == 0) {
          new_item = true;
          item.erase(0, 4);
          size_t ib = 0;
          size_t ie = item.size();
          TrimRange(item, ib, ie);
          item = item.substr(ib, ie - ib);
        }
      }
    } else if (RE2::FullMatch(whole_line, kBullet, &indent, &marker, &bullet_text)) {
      entry.kind = RnEntry::Kind::kBullet;
      entry.indent = static_cast<int>(indent.size());
      size_t tb = static_cast<size_t>(bullet_text.data() - line.data());
      size_t te = tb + bullet_text.size();
      TrimRange(line, tb, te);
      entry.begin = line_begin + tb;
      entry.end = line_begin + te;
      entry.text = StripMarketplaceTags(line.substr(tb, te - tb));
    } else {
      entry.kind = RnEntry::Kind::kText;
      entry.begin = line_begin + b;
      entry.end = line_begin + e;
      entry.text = StripMarketplaceTags(trimmed);
    }
    entry.content_type = content_type;
    entry.item = item;
    entry.new_item = new_item;
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<const ReleaseNote*> VersionedReleaseNotes(const Pack& pack) {
  std::vector<const ReleaseNote*> notes;
  for (const ReleaseNote& rn : pack.release_notes) {
    if (rn.version && rn.file != nullptr && rn.file->source != nullptr) notes.push_back(&rn);
  }
  std::sort(notes.begin(), notes.end(),
            [](const ReleaseNote* a, const ReleaseNote* b) { return *a->version < *b->version; });
  return notes;
}

}  // namespace packaudit
