#include "core/url.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace packaudit {
namespace {

bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSchemeChar(char c) { return IsAlpha(c) || IsDigit(c) || c == '+' || c == '.' || c == '-'; }

// Characters that end a URL in free text.
bool EndsUrl(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0 || c == '"' || c == '\'' || c == '<' ||
         c == '>' || c == '`' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

}  // namespace

std::optional<Url> ParseUrl(std::string_view text) {
  text = Trim(text);
  const size_t sep = text.find("://");
  if (sep == std::string_view::npos || sep == 0 || !IsAlpha(text[0])) return std::nullopt;
  for (size_t i = 0; i < sep; ++i) {
    if (!IsSchemeChar(text[i])) return std::nullopt;
  }
  Url url;
  url.scheme = Lower(text.substr(0, sep));
  std::string_view rest = text.substr(sep + 3);
  const size_t authority_end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, authority_end);
  rest = authority_end == std::string_view::npos ? std::string_view() : rest.substr(authority_end);
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    url.host = Lower(authority.substr(1, close - 1));
    authority.remove_prefix(close + 1);
    if (!authority.empty() && authority.front() == ':') url.port = authority.substr(1);
  } else {
    const size_t colon = authority.find(':');
    url.host = Lower(authority.substr(0, colon));
    if (colon != std::string_view::npos) url.port = authority.substr(colon + 1);
  }
  if (url.host.empty()) return std::nullopt;
  const size_t fragment = rest.find('#');
  if (fragment != std::string_view::npos) rest = rest.substr(0, fragment);
  const size_t question = rest.find('?');
  url.path = rest.substr(0, question);
  if (question != std::string_view::npos) url.query = rest.substr(question + 1);
  return url;
}

std::vector<UrlMatch> FindUrls(std::string_view text, size_t max_matches) {
  std::vector<UrlMatch> out;
  size_t from = 0;
  while (out.size() < max_matches) {
    const size_t sep = text.find("://", from);
    if (sep == std::string_view::npos) break;
    size_t begin = sep;
    while (begin > 0 && IsSchemeChar(text[begin - 1])) --begin;
    while (begin < sep && !IsAlpha(text[begin])) ++begin;  // a scheme starts with a letter
    size_t end = sep + 3;
    int open_round = 0;
    int open_square = 0;
    while (end < text.size() && !EndsUrl(text[end])) {
      const char c = text[end];
      if (c == '(') ++open_round;
      if (c == '[') ++open_square;
      if (c == ')' && --open_round < 0) break;
      if (c == ']' && --open_square < 0) break;
      ++end;
    }
    while (end > sep + 3 &&
           std::string_view(".,;:!?").find(text[end - 1]) != std::string_view::npos) {
      --end;
    }
    from = std::max(end, sep + 3);
    if (begin == sep) continue;
    if (auto url = ParseUrl(text.substr(begin, end - begin))) {
      out.push_back(UrlMatch{begin, end, std::move(*url)});
    }
  }
  return out;
}

bool HostHasSuffix(std::string_view host, std::string_view domain) {
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  if (domain.empty() || host.size() < domain.size()) return false;
  if (!EqualsIgnoreCase(host.substr(host.size() - domain.size()), domain)) return false;
  return host.size() == domain.size() || host[host.size() - domain.size() - 1] == '.';
}

bool IsLoopbackHost(std::string_view host) {
  if (HostHasSuffix(host, "localhost") || host == "::1" || host == "0.0.0.0") return true;
  if (host.substr(0, 4) != "127.") return false;
  return std::all_of(host.begin(), host.end(), [](char c) { return IsDigit(c) || c == '.'; });
}

bool IsDocumentationHost(std::string_view host) {
  for (std::string_view domain :
       {"example.com", "example.net", "example.org", "example", "test", "invalid", "localhost"}) {
    if (HostHasSuffix(host, domain)) return true;
  }
  return false;
}

bool LooksLikeHostName(std::string_view text) {
  if (text.empty() || text.size() > 253) return false;
  size_t labels = 0;
  std::string_view last;
  while (true) {
    const size_t dot = text.find('.');
    const std::string_view label = text.substr(0, dot);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return false;
    }
    for (char c : label) {
      if (!(c >= 'a' && c <= 'z') && !IsDigit(c) && c != '-') return false;
    }
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
  }
  return labels >= 2 && last.size() >= 2 &&
         std::all_of(last.begin(), last.end(), [](char c) { return IsAlpha(c); });
}

std::string RegistrableDomain(std::string_view host) {
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  std::string lower = Lower(host);
  const bool ip_literal =
      lower.find(':') != std::string::npos ||
      std::all_of(lower.begin(), lower.end(), [](char c) { return IsDigit(c) || c == '.'; });
  if (ip_literal) return lower;
  // Multi-label public suffixes (ccTLD second levels, shared hosting, documentation names).
  static constexpr std::string_view kSuffixes =
      "co.uk org.uk ac.uk gov.uk com.au net.au org.au gov.au co.nz co.jp ne.jp or.jp co.kr co.in "
      "co.il co.za com.br com.cn com.mx com.sg com.tr com.tw com.hk amazonaws.com cloudfront.net "
      "azurewebsites.net core.windows.net cloudapp.net azure-api.net herokuapp.com github.io "
      "appspot.com example.com example.net example.org";
  size_t suffix_labels = 1;
  for (size_t from = 0; from < kSuffixes.size();) {
    const size_t space = std::min(kSuffixes.find(' ', from), kSuffixes.size());
    const std::string_view suffix = kSuffixes.substr(from, space - from);
    from = space + 1;
    if (HostHasSuffix(lower, suffix)) {
      suffix_labels = static_cast<size_t>(std::count(suffix.begin(), suffix.end(), '.')) + 1;
      break;
    }
  }
  // Keep suffix_labels + 1 labels from the right.
  size_t cut = lower.size();
  for (size_t kept = 0; kept <= suffix_labels; ++kept) {
    const size_t dot = cut == 0 ? std::string::npos : lower.rfind('.', cut - 1);
    if (dot == std::string::npos) return lower;
    if (kept == suffix_labels) return lower.substr(dot + 1);
    cut = dot;
  }
  return lower;
}

}  // namespace packaudit
