// Indicator regexes of the secret rules (SEC002, after the demisto-sdk `secrets` method): http(s)
// URLs (scheme and host), e-mail addresses, IPv4 addresses and IPv6 addresses longer than 4
// characters with at least three groups (a Python slice such as `x[10::2]` is not an address).
// Values reserved for documentation and tests are not indicators: RFC 2606/6761 names
// (example.com/.net/.org, *.example, *.test, *.invalid, localhost), the platform vendor's own
// documentation hosts, XML/JSON schema namespace hosts, RFC 5737 and RFC 3849 documentation
// addresses, loopback and unspecified addresses, and the conventional placeholders 1.2.3.4,
// 5.6.7.8, 4.3.2.1 and the public resolvers 1.1.1.1, 8.8.8.8, 8.8.4.4, 9.9.9.9. The dotted version
// of a `demisto/<image>:<version>` Docker reference is never an address. Thread-safe.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_INDICATORS_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_INDICATORS_H_

#include <string_view>
#include <vector>

#include "engines/builtin/security/secrets_text.h"

namespace packaudit::secrets {

struct IndicatorMatch {
  HitKind kind = HitKind::kUrl;
  size_t begin = 0;  // offsets within the line
  size_t end = 0;
};

// The indicators of one line, in order; documentation values are left out.
std::vector<IndicatorMatch> FindIndicators(std::string_view line);

}  // namespace packaudit::secrets

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_SECRETS_INDICATORS_H_
