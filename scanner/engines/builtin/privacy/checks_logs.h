// Builtin checks of area "privacy" (secrets and personal data reaching logs, the War Room, outputs
// or URLs (PRIV006-PRIV010)), registered by name in registry_logs.cc and joined into the area's
// table by registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
//
// All are FileChecks over Python, JavaScript and PowerShell units (PRIV009: Python) built on the
// shared sink and part walker of logs_walk.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_LOGS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_LOGS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> PrivacyLogsBuiltins();

// PRIV006 "secrets_logged": a log call writes a value named like a secret, a header set that may
// hold Authorization, or the whole integration params. A note when the value is registered with
// add_sensitive_log_strs (logs_sink_checks.cc).
void CheckSecretsLogged(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// PRIV007 "personal_data_logged": a log call writes personal data (e-mail, user name, user, IP),
// a raw API payload, a whole incident/event or the whole command args (logs_sink_checks.cc).
void CheckPersonalDataLogged(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// PRIV010 "secrets_in_war_room": tableToMarkdown, readable output, CommandResults outputs or
// results include a secret or the whole params (logs_sink_checks.cc).
void CheckSecretsInWarRoom(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// PRIV008 "credentials_in_urls": `?api_key=`-style query strings in code literals, or a credential
// in the params= of an HTTP call (logs_query.cc).
void CheckCredentialsInUrls(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// PRIV009 "whole_record_outputs": context outputs or rawJSON hold a whole user, identity or breach
// record from the API with no field selection (logs_outputs.cc).
void CheckWholeRecordOutputs(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_LOGS_H_
