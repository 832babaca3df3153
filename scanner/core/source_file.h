// SourceFile: the bytes of one scanned file plus a line index.
//
// Owns its bytes; immutable after construction, so it is safe to share between threads.
// Lines and columns are 1-based. Columns are counted in UTF-16 code units (SARIF's columnKind
// "utf16CodeUnits"): a non-BMP character counts 2. Invalid UTF-8 bytes count 1 unit each.
// Line breaks are LF, CRLF or a lone CR.
#ifndef PACKAUDIT_CORE_SOURCE_FILE_H_
#define PACKAUDIT_CORE_SOURCE_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

struct Position {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, UTF-16 code units
};

class SourceFile {
 public:
  // `path` is the display path: relative to the scan root, '/'-separated.
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view text() const { return bytes_; }
  size_t size() const { return bytes_.size(); }

  // Whether the bytes are valid UTF-8; if not, the offset of the first invalid byte.
  bool valid_utf8() const { return first_invalid_utf8_ == std::string::npos; }
  size_t first_invalid_utf8() const { return first_invalid_utf8_; }
  // Whether the bytes contain a NUL byte (a binary file).
  bool has_nul() const { return has_nul_; }

  // Number of lines: a final line break does not start a new line; an empty file has 1 line.
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Byte offset where 1-based `line` starts (clamped to [1, line_count()]).
  size_t LineStart(int line) const;
  // Byte offset just past the content of `line` (before its line break).
  size_t LineEnd(int line) const;
  // The text of `line` without its line break.
  std::string_view Line(int line) const;
  // 1-based line containing byte `offset` (offsets past the end map to the last line).
  int LineOf(size_t offset) const;
  // Line and UTF-16 column of byte `offset`.
  Position PositionOf(size_t offset) const;
  // Byte offset of a 1-based line and UTF-16 column (the inverse of PositionOf, clamped).
  size_t OffsetOf(Position position) const;

 private:
  std::string path_;
  std::string bytes_;
  std::vector<size_t> line_starts_;
  size_t first_invalid_utf8_ = std::string::npos;
  bool has_nul_ = false;
};

// Number of UTF-16 code units in `text` (invalid UTF-8 bytes count 1 each).
size_t Utf16Length(std::string_view text);
// Offset of the first invalid UTF-8 byte of `text`, or npos.
size_t FindInvalidUtf8(std::string_view text);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_SOURCE_FILE_H_
