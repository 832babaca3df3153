// Builtin checks of area "tls" (HTTP defaults and insecure parameters declared in YAML and docs
// (TLS002-004, TLS008-010)), registered by name in registry_yaml.cc and joined into the area's
// table by registry.cc, plus the small helpers they share (yaml_helpers.cc). All are pack checks:
// they read the pack model (item YAML trees, the pack's documents). Split and unified YAML are
// read the same way: every integration or script YAML of an item is checked. Contract and
// threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_YAML_H_
#define PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_YAML_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "engines/builtin/builtin_rule.h"
#include "engines/builtin/yaml_item_util.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> TlsYamlBuiltins();

// TLS002: an integration param's default value is an http:// URL (loopback hosts excepted).
void CheckHttpParamDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                            Emitter& emitter);
// TLS003: the insecure/unsecure or proxy param differs from the built-in definition.
void CheckInsecureParams(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                         Emitter& emitter);
// TLS004: an argument turns certificate checks off by default.
void CheckInsecureArguments(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                            Emitter& emitter);
// TLS008: param texts or setup docs give an http:// example for the server URL.
void CheckHttpUrlExamples(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);
// TLS009: a select param defaults to (or offers) a non-TLS transport; a ws://, ftp:// or
// telnet:// default.
void CheckPlainTransportDefaults(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& context, Emitter& emitter);
// TLS010: a long-running integration with its own port has no certificate or private-key param.
void CheckListenerCertificates(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                               Emitter& emitter);

namespace tls_yaml {

// `text` without leading and trailing whitespace.
using ::packaudit::Trim;
// `text` in lower case (ASCII).
using ::packaudit::Lower;

// Whether `value` (trimmed) starts with `scheme` + "://" in any case; if so, `*host` is the URL's
// host, lower-cased, without userinfo and port ("" when empty).
bool UrlHost(std::string_view value, std::string_view scheme, std::string* host);
// Whether a URL host is the local machine (localhost, *.localhost, 127.0.0.0/8, ::1).
bool IsLoopbackHost(std::string_view host);

// A default value as written: `defaultvalue` (params) or `defaultValue` (arguments), either
// spelling accepted; nullptr when absent.
const DocNode* DefaultOf(const DocNode& entry);

}  // namespace tls_yaml
}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_TLS_CHECKS_YAML_H_
