#include "parse/c_literal.h"

#include <cctype>
#include <limits>

namespace packaudit {
namespace {

// Length of an encoding prefix (L, u, U, u8) followed by `quote`, optionally after R for strings;
// npos when `token` does not start like that. `*raw` tells an R prefix.
size_t QuoteAt(std::string_view token, char quote, bool* raw) {
  size_t i = 0;
  if (token.substr(0, 2) == "u8") {
    i = 2;
  } else if (!token.empty() && (token[0] == 'L' || token[0] == 'u' || token[0] == 'U')) {
    i = 1;
  }
  *raw = false;
  if (quote == '"' && i < token.size() && token[i] == 'R') {
    *raw = true;
    ++i;
  }
  return i < token.size() && token[i] == quote ? i : std::string_view::npos;
}

void AppendUtf8(uint32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    code = code > 0x10FFFF ? 0xFFFD : code;
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Resolves the escapes of a quoted body into `out`.
void Unescape(std::string_view body, std::string& out) {
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c != '\\' || i + 1 == body.size()) {
      out += c;
      continue;
    }
    const char e = body[++i];
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case '\\':
      case '\'':
      case '"':
      case '?':
        out += e;
        break;
      case '\n':  // line continuation
        break;
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        break;
      case 'x': {
        uint32_t code = 0;
        size_t digits = 0;
        while (i + 1 < body.size() && HexDigit(body[i + 1]) >= 0 && digits < 8) {
          code = code * 16 + static_cast<uint32_t>(HexDigit(body[++i]));
          ++digits;
        }
        if (digits == 0) {
          out += "\\x";
        } else if (code <= 0xFF) {
          out += static_cast<char>(code);
        } else {
          AppendUtf8(code, out);
        }
        break;
      }
      case 'u':
      case 'U': {
        const size_t want = e == 'u' ? 4 : 8;
        uint32_t code = 0;
        size_t digits = 0;
        while (digits < want && i + 1 + digits < body.size() &&
               HexDigit(body[i + 1 + digits]) >= 0) {
          code = code * 16 + static_cast<uint32_t>(HexDigit(body[i + 1 + digits]));
          ++digits;
        }
        if (digits != want) {
          out += '\\';
          out += e;
        } else {
          i += want;
          AppendUtf8(code, out);
        }
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          uint32_t code = static_cast<uint32_t>(e - '0');
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
               ++k) {
            code = code * 8 + static_cast<uint32_t>(body[++i] - '0');
          }
          out += static_cast<char>(code & 0xFF);
        } else {
          out += '\\';
          out += e;
        }
    }
  }
}

}  // namespace

bool IsCStringToken(std::string_view token) {
  bool raw = false;
  return QuoteAt(token, '"', &raw) != std::string_view::npos;
}

bool IsCCharToken(std::string_view token) {
  bool raw = false;
  return QuoteAt(token, '\'', &raw) != std::string_view::npos;
}

void AppendCStringValue(std::string_view token, size_t max_bytes, std::string& out, bool* cut) {
  bool raw = false;
  const size_t quote = QuoteAt(token, '"', &raw);
  if (quote == std::string_view::npos) return;
  const size_t close = token.rfind('"');
  std::string value;
  if (raw) {
    // R"delim( ... )delim"
    const size_t open = token.find('(', quote + 1);
    if (open != std::string_view::npos && close > open) {
      const size_t delim = open - quote - 1;
      const size_t body_end = close >= delim + 1 ? close - delim - 1 : open + 1;
      if (body_end > open) value.assign(token.substr(open + 1, body_end - open - 1));
    }
  } else if (close > quote) {
    Unescape(token.substr(quote + 1, close - quote - 1), value);
  } else {
    Unescape(token.substr(quote + 1), value);  // unterminated: keep what is there
  }
  const size_t room = out.size() < max_bytes ? max_bytes - out.size() : 0;
  if (value.size() > room) {
    out.append(value, 0, room);
    if (cut != nullptr) *cut = true;
  } else {
    out += value;
  }
}

bool IsCFloatToken(std::string_view token) {
  if (token.empty()) return false;
  if (!std::isdigit(static_cast<unsigned char>(token[0])) && token[0] != '.') return false;
  const bool hex = token.size() > 1 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X');
  for (char c : token) {
    if (c == '.') return true;
    if (hex && (c == 'p' || c == 'P')) return true;
    if (!hex && (c == 'e' || c == 'E')) return true;
  }
  if (!hex && (token.back() == 'f' || token.back() == 'F')) return true;
  return false;
}

std::optional<int64_t> CIntegerValue(std::string_view token) {
  if (IsCCharToken(token)) {
    bool raw = false;
    const size_t quote = QuoteAt(token, '\'', &raw);
    const size_t close = token.rfind('\'');
    if (close <= quote) return std::nullopt;
    std::string value;
    Unescape(token.substr(quote + 1, close - quote - 1), value);
    if (value.empty()) return std::nullopt;
    return static_cast<int64_t>(static_cast<unsigned char>(value[0]));
  }
  if (token.empty() || !std::isdigit(static_cast<unsigned char>(token[0])) ||
      IsCFloatToken(token)) {
    return std::nullopt;
  }
  std::string digits;
  for (char c : token) {
    if (c != '\'') digits += c;
  }
  while (!digits.empty() && std::string_view("uUlLzZ").find(digits.back()) != std::string::npos) {
    digits.pop_back();
  }
  int base = 10;
  size_t i = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    if (digits[1] == 'x' || digits[1] == 'X') {
      base = 16;
      i = 2;
    } else if (digits[1] == 'b' || digits[1] == 'B') {
      base = 2;
      i = 2;
    } else {
      base = 8;
      i = 1;
    }
  }
  if (i >= digits.size() && base != 8) return std::nullopt;
  constexpr uint64_t kMax = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  uint64_t value = 0;
  for (; i < digits.size(); ++i) {
    const int d = HexDigit(digits[i]);
    if (d < 0 || d >= base) return std::nullopt;
    value = value > (kMax - static_cast<uint64_t>(d)) / static_cast<uint64_t>(base)
                ? kMax
                : value * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
  }
  return static_cast<int64_t>(value);
}

}  // namespace packaudit
