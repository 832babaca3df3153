#include "engines/builtin/security/secrets_indicators.h"

#include <arpa/inet.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "core/text.h"

namespace packaudit::secrets {
namespace {

const RE2& UrlRe() {
  static const RE2 re(R"(https?://(?:[-\w.]|%[\da-fA-F]{2})+)");
  return re;
}
const RE2& EmailRe() {
  static const RE2 re(R"([a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9.-]+)");
  return re;
}
const RE2& Ipv4Re() {
  static const RE2 re(
      R"(\b(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\b)");
  return re;
}
const RE2& DockerVersionRe() {
  static const RE2 re(R"(demisto/[\w.-]+:(\d+(?:\.\d+)+))");
  return re;
}

bool HostIsDocumentation(std::string_view host_in) {
  std::string host = Lower(host_in);
  while (!host.empty() && (host.back() == '.' || host.back() == '-')) host.pop_back();
  static constexpr std::array<std::string_view, 14> kSuffixes = {
      "example.com", "example.net", "example.org",          "example", "test",
      "invalid",     "localhost",   "paloaltonetworks.com", "pan.dev", "demisto.com",
      "w3.org",      "xmlsoap.org", "json-schema.org",      "purl.org"};
  for (std::string_view suffix : kSuffixes) {
    if (host == suffix) return true;
    if (host.size() > suffix.size() && host.ends_with(suffix) &&
        host[host.size() - suffix.size() - 1] == '.') {
      return true;
    }
  }
  return false;
}

bool Ipv4IsDocumentation(std::string_view ip) {
  static constexpr std::array<std::string_view, 9> kExact = {
      "1.2.3.4", "5.6.7.8", "4.3.2.1", "1.1.1.1",        "8.8.8.8",
      "8.8.4.4", "9.9.9.9", "0.0.0.0", "255.255.255.255"};
  if (std::find(kExact.begin(), kExact.end(), ip) != kExact.end()) return true;
  for (std::string_view prefix : {"192.0.2.", "198.51.100.", "203.0.113.", "127."}) {
    if (ip.starts_with(prefix)) return true;
  }
  return false;
}

bool IsHexOrColon(char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == ':'; }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Non-empty colon-separated groups ("10::2" has two: a Python slice, not an address).
int Groups(std::string_view run) {
  int groups = 0;
  bool in_group = false;
  for (char c : run) {
    if (c == ':') {
      in_group = false;
    } else if (!in_group) {
      in_group = true;
      ++groups;
    }
  }
  return groups;
}

// IPv6 candidates: maximal runs of hex digits and colons, standing alone, that parse as IPv6.
void FindIpv6(std::string_view line, std::vector<IndicatorMatch>& out) {
  size_t i = 0;
  while (i < line.size()) {
    if (!IsHexOrColon(line[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsHexOrColon(line[j])) ++j;
    const std::string_view run = line.substr(i, j - i);
    // A sentence-ending dot may follow; a dot inside a dotted name may not.
    const bool alone =
        (i == 0 || (!IsWordChar(line[i - 1]) && line[i - 1] != '.')) &&
        (j == line.size() || (!IsWordChar(line[j]) && (line[j] != '.' || j + 1 == line.size() ||
                                                       !IsWordChar(line[j + 1]))));
    if (alone && run.size() > 4 && Groups(run) >= 3) {
      unsigned char buffer[16];
      const std::string text(run);
      if (inet_pton(AF_INET6, text.c_str(), buffer) == 1) {
        const std::string lower = Lower(run);
        if (!lower.starts_with("2001:db8:") && lower != "::1") {
          out.push_back({HitKind::kIpv6, i, j});
        }
      }
    }
    i = j;
  }
}

void FindAll(const RE2& re, std::string_view line, HitKind kind, std::vector<IndicatorMatch>& out) {
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < line.size() && re.Match(re2::StringPiece(line.data(), line.size()), pos, line.size(),
                                       RE2::UNANCHORED, &match, 1)) {
    const size_t begin = static_cast<size_t>(match.data() - line.data());
    const size_t end = begin + match.size();
    pos = end > begin ? end : begin + 1;
    const std::string_view value = line.substr(begin, end - begin);
    bool documentation = false;
    if (kind == HitKind::kUrl) {
      documentation = HostIsDocumentation(value.substr(value.find("://") + 3));
    } else if (kind == HitKind::kEmail) {
      documentation = HostIsDocumentation(value.substr(value.find('@') + 1));
    } else if (kind == HitKind::kIpv4) {
      documentation = Ipv4IsDocumentation(value);
    }
    if (!documentation) out.push_back({kind, begin, end});
  }
}

}  // namespace

std::vector<IndicatorMatch> FindIndicators(std::string_view line_in) {
  std::vector<IndicatorMatch> out;
  // Docker image versions look like addresses: blank them (offsets are kept).
  std::string line(line_in);
  re2::StringPiece groups[2];
  size_t pos = 0;
  while (pos < line.size() &&
         DockerVersionRe().Match(re2::StringPiece(line.data(), line.size()), pos, line.size(),
                                 RE2::UNANCHORED, groups, 2)) {
    const size_t at = static_cast<size_t>(groups[1].data() - line.data());
    std::fill(line.begin() + at, line.begin() + at + groups[1].size(), ' ');
    pos = at + groups[1].size();
  }
  FindAll(UrlRe(), line, HitKind::kUrl, out);
  FindAll(EmailRe(), line, HitKind::kEmail, out);
  FindIpv6(line, out);
  FindAll(Ipv4Re(), line, HitKind::kIpv4, out);
  std::sort(out.begin(), out.end(), [](const IndicatorMatch& a, const IndicatorMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace packaudit::secrets
