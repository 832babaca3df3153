#include "reports/html_csp.h"

namespace packaudit {

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  const auto at = [&](size_t k) { return static_cast<uint32_t>(static_cast<uint8_t>(bytes[k])); };
  for (; i + 3 <= bytes.size(); i += 3) {
    const uint32_t n = (at(i) << 16) | (at(i + 1) << 8) | at(i + 2);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  const size_t rest = bytes.size() - i;
  if (rest == 1) {
    const uint32_t n = at(i) << 16;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += "==";
  } else if (rest == 2) {
    const uint32_t n = (at(i) << 16) | (at(i + 1) << 8);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += '=';
  }
  return out;
}

std::string CspHashSource(std::string_view sha256_hex) {
  std::string bytes;
  const auto nibble = [](char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
  };
  for (size_t i = 0; i + 1 < sha256_hex.size(); i += 2) {
    bytes += static_cast<char>(nibble(sha256_hex[i]) * 16 + nibble(sha256_hex[i + 1]));
  }
  return "'sha256-" + Base64(bytes) + "'";
}

std::string ReportCsp(std::string_view style_sha256_hex, std::string_view script_sha256_hex) {
  return "default-src 'none'; style-src " + CspHashSource(style_sha256_hex) + "; script-src " +
         CspHashSource(script_sha256_hex) +
         "; img-src data:; base-uri 'none'; form-action 'none'; frame-src 'none'";
}

}  // namespace packaudit
