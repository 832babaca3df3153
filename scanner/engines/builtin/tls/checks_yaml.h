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

#include "engines/builtin/builtin_rule.h"

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

// One view per integration or script YAML of the pack's items: a copy of the item whose `yaml`
// is that file (an item folder may hold more than one YAML). Only YAML trees that are maps.
std::vector<Item> ItemYamlViews(const Pack& pack);

// Places a finding on `node` of `yaml`: over its text when it fits on one line, else on its
// first line; on line 1 when `node` is null.
Finding& EmitAtNode(const RuleSpec& rule, const ParsedFile& yaml, const DocNode* node,
                    const MessageArgs& args, std::string match_text, Emitter& emitter);

// `text` without leading and trailing whitespace.
std::string_view Trim(std::string_view text);
// `text` in lower case (ASCII).
std::string Lower(std::string_view text);

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
