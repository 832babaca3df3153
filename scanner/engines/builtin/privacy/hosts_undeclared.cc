// PRIV005: a host hard-coded in the pack's code that is neither the configured server (nor the
// fallback of a server-URL parameter) nor mentioned in the pack or item docs. Built on the
// outbound-host inventory (model/outbound_hosts.h), so the report's inventory and the findings
// always agree: one finding per undeclared host and file, at its first literal in the file.
// A host that is a tracker as a whole (rules/data/tracker-hosts.txt, no path prefix) is left to
// PRIV004, which reports it as an error: one place, one finding.
#include <cstdint>

#include "engines/builtin/privacy/checks_hosts.h"
#include "engines/builtin/privacy/hosts_tracker_list.h"
#include "model/outbound_hosts.h"

namespace packaudit {

void CheckUndeclaredHosts(const RuleSpec& rule, const Pack& pack, const CheckContext& /*context*/,
                          Emitter& emitter) {
  for (const OutboundHost& host : BuildOutboundInventory(pack, SIZE_MAX)) {
    if (!host.hard_coded || host.derived_from_server_url || host.disclosed) continue;
    const TrackerEntry* tracker = MatchTracker(host.host, "");
    if (tracker != nullptr && tracker->path.empty()) continue;
    for (const HostLocation& location : host.locations) {
      if (location.source != HostSource::kCodeLiteral) continue;
      const ParsedFile* file = pack.FileAt(pack.RelativePath(location.path));
      if (file == nullptr) continue;
      emitter.AtBytes(rule, *file->source, location.begin, location.end,
                      MessageArgs{{"host", host.host}}, host.host);
    }
  }
}

}  // namespace packaudit
