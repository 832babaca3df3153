// Builtin checks of area "security" (disabled certificate checks and weak cryptography in code
// (SEC013-SEC015)), registered by name in registry_crypto.cc and joined into the area's table by
// registry.cc. Contract and threading: see engines/builtin/builtin_rule.h. The tree helpers they
// share with the TLS code checks live in engines/builtin/tls/code_util.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CRYPTO_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CRYPTO_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecurityCryptoBuiltins();

// SEC013 (crypto_cert_verification.cc): certificate verification hard-disabled.
void CheckHardDisabledCertVerification(const RuleSpec& rule, const FileUnit& unit,
                                       Emitter& emitter);
// SEC014 (crypto_weak_hash.cc): MD5 / SHA-1 for HMAC, signatures, passwords or secrets.
void CheckWeakHashForSecurity(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// SEC015 (crypto_weak_cipher.cc): weak cipher, ECB, short RSA/DSA keys, random for secrets.
void CheckWeakCipherOrRandom(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CRYPTO_H_
