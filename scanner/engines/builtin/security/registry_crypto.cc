// The builtin checks of area "security" declared in checks_crypto.h, by the name their TOML files
// use.
#include <array>

#include "engines/builtin/security/checks_crypto.h"

namespace packaudit {

std::span<const BuiltinEntry> SecurityCryptoBuiltins() {
  static constexpr std::array<BuiltinEntry, 3> kChecks = {{
      {"hard_disabled_cert_verification", nullptr, &CheckHardDisabledCertVerification},
      {"weak_hash_for_security", nullptr, &CheckWeakHashForSecurity},
      {"weak_cipher_or_random", nullptr, &CheckWeakCipherOrRandom},
  }};
  return kChecks;
}

}  // namespace packaudit
