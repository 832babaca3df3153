#include "core/fingerprint.h"

#include <cstdio>
#include <unordered_map>

namespace packaudit {
namespace {

constexpr size_t kWindow = 100;  // normalised units per line hash
constexpr uint64_t kBase = 37;   // polynomial base
constexpr uint16_t kEndMarker = 0xFFFF;
constexpr uint16_t kReplacement = 0xFFFD;

// Decodes UTF-8 into UTF-16 code units the way the WHATWG decoder (TextDecoder, and the Node
// stream GitHub's upload action reads files with) does: one U+FFFD per maximal ill-formed
// subsequence, so a lone invalid byte is one unit and a truncated sequence is one unit.
template <typename Sink>
void DecodeUtf16(std::string_view bytes, Sink&& sink) {
  uint32_t code_point = 0;
  int needed = 0;
  int seen = 0;
  unsigned lower = 0x80;
  unsigned upper = 0xBF;
  size_t i = 0;
  while (i < bytes.size()) {
    const unsigned b = static_cast<unsigned char>(bytes[i]);
    if (needed == 0) {
      ++i;
      if (b < 0x80) {
        sink(static_cast<uint16_t>(b));
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        code_point = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2;
        code_point = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3;
        code_point = b & 0x07;
      } else {
        sink(kReplacement);
      }
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence is cut short: emit one replacement and reprocess this byte.
      code_point = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      sink(kReplacement);
      continue;
    }
    ++i;
    lower = 0x80;
    upper = 0xBF;
    code_point = (code_point << 6) | (b & 0x3F);
    if (++seen < needed) continue;
    if (code_point > 0xFFFF) {
      code_point -= 0x10000;
      sink(static_cast<uint16_t>(0xD800 + (code_point >> 10)));
      sink(static_cast<uint16_t>(0xDC00 + (code_point & 0x3FF)));
    } else {
      sink(static_cast<uint16_t>(code_point));
    }
    code_point = 0;
    needed = seen = 0;
  }
  if (needed != 0) sink(kReplacement);
}

std::string Hex(uint64_t value) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(value));
  return buf;
}

bool IsFingerprintSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::vector<std::string> LineHashes(std::string_view file_bytes) {
  // Normalise: drop spaces and tabs, CR -> LF, drop an LF right after a CR (a dropped space or
  // tab in between breaks that pairing, as in the reference). Record where each line starts.
  std::vector<uint16_t> units;
  units.reserve(file_bytes.size() + 1 + kWindow);
  std::vector<size_t> line_starts;
  bool line_start = true;
  bool prev_cr = false;
  auto process = [&](uint16_t c) {
    if (c == ' ' || c == '\t' || (prev_cr && c == '\n')) {
      prev_cr = false;
      return;
    }
    prev_cr = c == '\r';
    if (prev_cr) c = '\n';
    if (line_start) {
      line_start = false;
      line_starts.push_back(units.size());
    }
    if (c == '\n') line_start = true;
    units.push_back(c);
  };
  DecodeUtf16(file_bytes, process);
  process(kEndMarker);
  units.insert(units.end(), kWindow, 0);

  uint64_t base_pow_window = 1;  // 37^100 mod 2^64
  for (size_t k = 0; k < kWindow; ++k) base_pow_window *= kBase;

  // Rolling hash: hash(p) covers units[p, p + 100).
  uint64_t hash = 0;
  for (size_t k = 0; k < kWindow; ++k) hash = hash * kBase + units[k];
  size_t position = 0;

  std::vector<std::string> result;
  result.reserve(line_starts.size());
  std::unordered_map<std::string, int> counts;
  for (const size_t start : line_starts) {
    while (position < start) {
      hash = hash * kBase + units[position + kWindow] - base_pow_window * units[position];
      ++position;
    }
    std::string hex = Hex(hash);
    const int occurrence = ++counts[hex];
    hex += ':';
    hex += std::to_string(occurrence);
    result.push_back(std::move(hex));
  }
  return result;
}

std::string StableHash(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return buf;
}

std::string NormalizeForFingerprint(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (IsFingerprintSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string LocationFingerprint(std::string_view rule_id, std::string_view path,
                                std::string_view normalized_text, int occurrence) {
  // Fields are joined with a NUL byte so ("a", "bc") and ("ab", "c") differ.
  std::string key;
  key.reserve(rule_id.size() + path.size() + normalized_text.size() + 2);
  key.append(rule_id);
  key.push_back('\0');
  key.append(path);
  key.push_back('\0');
  key.append(normalized_text);
  return StableHash(key) + ":" + std::to_string(occurrence);
}

}  // namespace packaudit
