// Builtin checks of area "security" (red flags in code: shell, deserialization, XML, temp files,
// downloads, obfuscation, legacy protocols, remote execution (SEC009-012, SEC016-019, SEC021)),
// registered by name in registry_code.cc and joined into the area's table by registry.cc. Contract
// and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CODE_H_
#define PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CODE_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> SecurityCodeBuiltins();

// SEC010: shell execution with a non-constant command (Python, JavaScript, PowerShell).
void CheckShellExecution(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC011: unsafe deserialization (pickle family, marshal, shelve, yaml.load without SafeLoader).
void CheckUnsafeDeserialization(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC012: XML parsed with the standard library instead of defusedxml.
void CheckUnsafeXmlParsing(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC016: tempfile.mktemp, fixed /tmp paths, world-writable chmod.
void CheckInsecureTempFiles(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC017: download-and-execute, runtime pip install, curl | sh.
void CheckDownloadAndExecute(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC018: encoded blobs decoded then executed, rot13, strings from character codes, minified JS.
void CheckObfuscation(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC019: Telnet, plain FTP, SNMP v1/v2c and weak SNMPv3 clients.
void CheckLegacyProtocols(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

// SEC021: a user-supplied command run on a remote host (ssh, RemoteExec, Invoke-Command).
void CheckRemoteCommandExecution(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_SECURITY_CHECKS_CODE_H_
