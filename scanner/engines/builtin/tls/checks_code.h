// Builtin checks of area "tls" in code (plain-HTTP literals, insecure defaults, old protocols,
// lowered ciphers and cleartext transports (TLS001, TLS005-007, TLS009)), registered by name in
// registry_code.cc and joined into the area's table by registry.cc. Contract and threading: see
// engines/builtin/builtin_rule.h. Shared helpers: code_util.h, code_url_literals.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_CODE_H_
#define PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_CODE_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> TlsCodeBuiltins();

// TLS001 (code_plain_http.cc): a string literal is an http:// URL of a real host.
void CheckPlainHttpLiterals(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// TLS005 (code_insecure_default.cc): the insecure param is read with a truthy default, or its
// value reaches a verify setting without being negated.
void CheckInsecureDefault(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// TLS006 (code_old_protocol.cc): SSLv2/v3, TLS 1.0 or 1.1 is pinned or allowed.
void CheckOldTlsProtocol(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// TLS007 (code_weak_ciphers.cc): the cipher policy is lowered (SECLEVEL 0/1, ALL, NULL, EXPORT,
// RC4) or legacy renegotiation is enabled.
void CheckLoweredCipherPolicy(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// TLS009, code part (code_cleartext_transport.cc): ws://, ftp://, telnet:// literals, SMTP
// without STARTTLS, Send-MailMessage without -UseSsl. Meant to be the `file` member of TLS009's
// entry beside the YAML part's pack check (tls_plain_transport_defaults, registry_yaml.cc).
void CheckCleartextTransport(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_CODE_H_
