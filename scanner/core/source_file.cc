#include "core/source_file.h"

#include <algorithm>

namespace packaudit {
namespace {

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not a valid sequence.
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return 1;
  size_t len;
  unsigned int min;
  if ((b & 0xE0) == 0xC0) {
    len = 2;
    min = 0x80;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3;
    min = 0x800;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  unsigned int cp = b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = Utf8SequenceLength(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string::npos;
}

size_t Utf16Length(std::string_view text) {
  size_t units = 0;
  size_t i = 0;
  while (i < text.size()) {
    const size_t len = Utf8SequenceLength(text, i);
    if (len == 0) {
      ++units;
      ++i;
    } else {
      units += len == 4 ? 2 : 1;
      i += len;
    }
  }
  return units;
}

SourceFile::SourceFile(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  first_invalid_utf8_ = FindInvalidUtf8(bytes_);
  has_nul_ = bytes_.find('\0') != std::string::npos;
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes_.size(); ++i) {
    const char c = bytes_[i];
    if (c == '\r') {
      if (i + 1 < bytes_.size() && bytes_[i + 1] == '\n') ++i;
    } else if (c != '\n') {
      continue;
    }
    if (i + 1 < bytes_.size()) line_starts_.push_back(i + 1);
  }
}

size_t SourceFile::LineStart(int line) const {
  line = std::clamp(line, 1, line_count());
  return line_starts_[line - 1];
}

size_t SourceFile::LineEnd(int line) const {
  line = std::clamp(line, 1, line_count());
  const size_t start = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] : bytes_.size();
  // Strip exactly one line break (LF, CRLF or CR).
  if (end > start && bytes_[end - 1] == '\n') {
    --end;
    if (end > start && bytes_[end - 1] == '\r') --end;
  } else if (end > start && bytes_[end - 1] == '\r') {
    --end;
  }
  return end;
}

std::string_view SourceFile::Line(int line) const {
  const size_t start = LineStart(line);
  return std::string_view(bytes_).substr(start, LineEnd(line) - start);
}

int SourceFile::LineOf(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

Position SourceFile::PositionOf(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  const int line = LineOf(offset);
  const size_t start = line_starts_[line - 1];
  return Position{line, static_cast<int>(Utf16Length(std::string_view(bytes_).substr(
                                             start, offset - start))) +
                            1};
}

size_t SourceFile::OffsetOf(Position position) const {
  const size_t start = LineStart(position.line);
  const size_t end = LineEnd(position.line);
  size_t i = start;
  int units = 1;
  const std::string_view text(bytes_);
  while (i < end && units < position.column) {
    const size_t len = Utf8SequenceLength(text, i);
    if (len == 0) {
      ++units;
      ++i;
    } else {
      units += len == 4 ? 2 : 1;
      i += len;
    }
  }
  return i;
}

}  // namespace packaudit
