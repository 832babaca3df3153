// The outbound-host inventory of a pack: every external host that the pack's code or YAML
// defaults contact, with where it comes from and whether a reviewer can account for it.
//
// Sources:
//   url_param_default  the default value of an integration parameter that names the server
//                      (its name holds "url", "server", "host", "endpoint" or "address")
//   yaml_default       the default value of another integration parameter or of a script or
//                      command argument
//   code_literal       a string literal of the pack's code (separate files and code embedded in
//                      unified YAML) whose value starts with an absolute URL; comments are not
//                      literals, Python docstrings and literals in which the URL follows other
//                      text (messages, Markdown) are not requests, and test code is not shipped
//                      behaviour, so none of these count
// Flags:
//   derived_from_server_url  the host is the default host of a server parameter of the pack, or
//                            a literal is the fallback of a lookup of such a parameter
//                            (params.get("url", "https://...") or params.get("url") or "...")
//   hard_coded               the host appears in a code literal
//   disclosed                the host or its registrable domain is mentioned in the pack README
//                            or in the README (for a YAML directly in Integrations/ or Scripts/:
//                            "<stem>_README.md" beside it), description file or YAML description
//                            of an item that uses it
// Left out: loopback hosts, private and link-local IPv4 addresses, placeholder documentation
// names (example.com, example.net, example.org and www. of them; the .test, .invalid and
// .localhost top-level domains; named hosts under the reserved documentation domains, such as
// api.vendor.example.com, stand for a fictional vendor and are listed), XML namespace and schema
// hosts (w3.org, schemas.xmlsoap.org, ...), and the XSOAR platform itself (paloaltonetworks.com,
// demisto.com, pan.dev), which every pack talks to by design.
//
// Pure function of the Pack (reads only its parsed files); deterministic; thread-safe.
#ifndef PACKAUDIT_MODEL_OUTBOUND_HOSTS_H_
#define PACKAUDIT_MODEL_OUTBOUND_HOSTS_H_

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "model/pack.h"

namespace packaudit {

// Declaration order is the reporting order.
enum class HostSource { kUrlParamDefault, kYamlDefault, kCodeLiteral };
// "url_param_default" | "yaml_default" | "code_literal"
std::string_view HostSourceName(HostSource source);

struct HostLocation {
  std::string path;  // display path of the file
  int line = 0;      // 1-based
  HostSource source = HostSource::kCodeLiteral;
  size_t begin = 0;  // byte range in the file: the literal or the YAML value
  size_t end = 0;
};

struct OutboundHost {
  std::string host;                 // lower case
  std::vector<HostSource> sources;  // distinct, in declaration order
  bool derived_from_server_url = false;
  bool hard_coded = false;
  bool disclosed = false;
  std::vector<std::string> items;  // names of the items using the host, sorted, unique
  // The first occurrence of the host per file and source, by path then offset, at most
  // `max_locations` of them.
  std::vector<HostLocation> locations;
  size_t occurrences = 0;  // every occurrence, before the cap
};

inline constexpr size_t kDefaultMaxHostLocations = 10;

// The inventory of `pack`, sorted by host.
std::vector<OutboundHost> BuildOutboundInventory(const Pack& pack,
                                                 size_t max_locations = kDefaultMaxHostLocations);

// Whether the inventory leaves `host` out (see above). Lower-case input.
bool IsIgnoredOutboundHost(std::string_view host);

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_OUTBOUND_HOSTS_H_
