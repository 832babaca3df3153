#include "reports/pack_json.h"

namespace packaudit {

nlohmann::ordered_json PackJson(const PackSummary& pack) {
  using Json = nlohmann::ordered_json;
  Json groups = Json::array();
  for (const GroupResult& g : pack.verdict.groups) {
    groups.push_back({{"name", g.name},
                      {"title", g.title},
                      {"passed", g.passed},
                      {"errors", g.errors},
                      {"warnings", g.warnings},
                      {"notes", g.notes},
                      {"rules", g.rules},
                      {"failing", g.failing_rules}});
  }
  Json hosts = Json::array();
  for (const OutboundHost& h : pack.outbound_hosts) {
    Json sources = Json::array();
    for (HostSource source : h.sources) sources.push_back(HostSourceName(source));
    Json locations = Json::array();
    for (const HostLocation& l : h.locations) {
      locations.push_back(
          {{"path", l.path}, {"line", l.line}, {"source", HostSourceName(l.source)}});
    }
    hosts.push_back({{"host", h.host},
                     {"sources", std::move(sources)},
                     {"derived_from_server_url", h.derived_from_server_url},
                     {"hard_coded", h.hard_coded},
                     {"disclosed", h.disclosed},
                     {"items", h.items},
                     {"occurrences", h.occurrences},
                     {"locations", std::move(locations)}});
  }
  return Json{{"name", pack.name},
              {"path", pack.path},
              {"support", pack.support},
              {"version", pack.version},
              {"verdict", VerdictName(pack.verdict.verdict)},
              {"groups", std::move(groups)},
              {"outbound_hosts", std::move(hosts)}};
}

}  // namespace packaudit
