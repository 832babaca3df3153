#include "reports/html_escape.h"

#include <cstdint>

namespace packaudit {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Decodes one UTF-8 sequence at `text[i]`. Returns its length and sets `code_point`, or returns
// 0 when the bytes there are not a valid, shortest-form, non-surrogate sequence.
size_t DecodeUtf8(std::string_view text, size_t i, uint32_t& code_point) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  size_t length = 0;
  uint32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
    min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    const unsigned char c = byte(i + k);
    if ((c & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (c & 0x3F);
  }
  if (code_point < min || code_point > 0x10FFFF) return 0;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return 0;
  return length;
}

bool IsControl(uint32_t code_point) {
  if (code_point == '\t' || code_point == '\n') return false;
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

// Calls `emit(piece)` for each valid piece of `text`: ASCII bytes one by one (so escaping can
// look at them), whole multi-byte sequences, and U+FFFD for anything invalid.
template <typename Emit>
void ForEachSanitized(std::string_view text, Emit emit) {
  size_t i = 0;
  while (i < text.size()) {
    uint32_t code_point = 0;
    const size_t length = DecodeUtf8(text, i, code_point);
    if (length == 0) {
      emit(std::string_view(kReplacement));
      ++i;
      continue;
    }
    if (code_point == '\r') {
      // dropped
    } else if (IsControl(code_point)) {
      emit(std::string_view(kReplacement));
    } else {
      emit(text.substr(i, length));
    }
    i += length;
  }
}

}  // namespace

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachSanitized(text, [&](std::string_view piece) { out += piece; });
  return out;
}

void AppendEscaped(std::string& out, std::string_view text) {
  ForEachSanitized(text, [&](std::string_view piece) {
    if (piece.size() != 1) {
      out += piece;
      return;
    }
    switch (piece[0]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += piece[0];
    }
  });
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscaped(out, text);
  return out;
}

size_t ByteOffsetOfUtf16Column(std::string_view line, int column) {
  if (column <= 1) return 0;
  int units = 1;  // the column where the byte at `i` starts
  size_t i = 0;
  while (i < line.size() && units < column) {
    uint32_t code_point = 0;
    size_t length = DecodeUtf8(line, i, code_point);
    if (length == 0) length = 1;
    units += code_point >= 0x10000 ? 2 : 1;
    i += length;
  }
  return i;
}

}  // namespace packaudit
