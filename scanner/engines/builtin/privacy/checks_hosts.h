// Builtin checks of area "privacy" (tracker hosts and the outbound-host inventory (PRIV004,
// PRIV005)), registered by name in registry_hosts.cc and joined into the area's table by
// registry.cc. Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_HOSTS_H_
#define PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_HOSTS_H_

#include <span>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// The table of the checks below, by the names their TOML files use.
std::span<const BuiltinEntry> PrivacyHostsBuiltins();

// PRIV004: code, YAML or docs reference a listed tracker, analytics, ad-network or data-broker
// host (hosts_trackers.cc; the list: hosts_tracker_list.h).
void CheckTrackerHosts(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// PRIV005: a hard-coded outbound host that is neither derived from the server URL nor disclosed
// in the docs (hosts_undeclared.cc, over model/outbound_hosts.h).
void CheckUndeclaredHosts(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_PRIVACY_CHECKS_HOSTS_H_
