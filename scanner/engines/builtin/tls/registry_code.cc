// The builtin checks of area "tls" declared in checks_code.h, by the name their TOML files use.
#include <array>

#include "engines/builtin/tls/checks_code.h"

namespace packaudit {

std::span<const BuiltinEntry> TlsCodeBuiltins() {
  static constexpr std::array<BuiltinEntry, 5> kChecks = {{
      {"plain_http_literal", nullptr, &CheckPlainHttpLiterals},
      {"insecure_param_default", nullptr, &CheckInsecureDefault},
      {"old_tls_protocol", nullptr, &CheckOldTlsProtocol},
      {"lowered_cipher_policy", nullptr, &CheckLoweredCipherPolicy},
      {"cleartext_transport", nullptr, &CheckCleartextTransport},
  }};
  return kChecks;
}

}  // namespace packaudit
