// URLs and host names as the rules see them: a small, allocation-light parser for absolute URLs
// ("scheme://[user@]host[:port][/path][?query][#fragment]"), a finder for URLs inside free text
// (docs, YAML values, code strings), and host predicates (domain-suffix match, loopback and
// documentation placeholders). Pure functions over values; thread-safe.
//
// Not a full RFC 3986 implementation: it accepts what appears in pack code and docs and rejects
// anything without a "scheme://" prefix and a host. Hosts are returned lower case.
#ifndef PACKAUDIT_CORE_URL_H_
#define PACKAUDIT_CORE_URL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace packaudit {

struct Url {
  std::string scheme;  // lower case, without "://": "https"
  std::string host;    // lower case; IPv6 literals without brackets: "::1"
  std::string port;    // digits as written, "" when absent
  std::string path;    // from the first '/' up to '?' or '#', "" when absent
  std::string query;   // after '?', without it, up to '#'
};

// Parses `text` as one absolute URL (leading and trailing whitespace ignored). Returns nullopt
// when there is no "scheme://", the scheme is not [A-Za-z][A-Za-z0-9+.-]*, or the host is empty.
std::optional<Url> ParseUrl(std::string_view text);

// A URL found in free text: byte range of the URL in `text` and its parts.
struct UrlMatch {
  size_t begin = 0;
  size_t end = 0;
  Url url;
};

// Every "scheme://host..." in `text`, left to right, at most `max_matches`. A URL ends at
// whitespace, a quote, '<', '>', '`' or a closing bracket that has no opening partner inside
// the URL; trailing '.', ',', ';', ':', '!' and '?' are not part of it.
std::vector<UrlMatch> FindUrls(std::string_view text, size_t max_matches = 1000);

// Whether `host` is `domain` or a subdomain of it (dot boundary, case-insensitive):
// "www.google-analytics.com" has suffix "google-analytics.com"; "notgoogle-analytics.com"
// does not.
bool HostHasSuffix(std::string_view host, std::string_view domain);

// localhost (and *.localhost), 127.0.0.0/8, 0.0.0.0 and ::1.
bool IsLoopbackHost(std::string_view host);

// Reserved documentation names (RFC 2606 / 6761): example.com, example.net, example.org and
// their subdomains, and the .example, .test, .invalid and .localhost top-level domains.
bool IsDocumentationHost(std::string_view host);

// Whether `text` has the shape of a DNS host name as written in code: two or more labels of
// [a-z0-9-] (no label starting or ending with '-'), the last one alphabetic and at least two
// characters long. Lower case only: mixed-case dotted words in packs are context paths
// ("ZeroTrustGate.IP") or identifiers, not hosts.
bool LooksLikeHostName(std::string_view text);

// The registrable domain of `host` (the part a company registers, e.g. "vendor.com" for
// "api.eu.vendor.com"): the public suffix and one more label. An approximation of the Public
// Suffix List: the public suffix is the last label, or the last two or three labels for a short
// list of well-known multi-label suffixes ("co.uk", "com.au", shared hosting such as
// "amazonaws.com", and the reserved documentation names "example.com", "example.net",
// "example.org", under which every name stands for a different fictional party). IP literals
// and hosts that are a public suffix themselves are returned unchanged. Lower case.
std::string RegistrableDomain(std::string_view host);

}  // namespace packaudit

#endif  // PACKAUDIT_CORE_URL_H_
