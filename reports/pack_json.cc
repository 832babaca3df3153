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
  return Json{{"name", pack.name},
              {"path", pack.path},
              {"support", pack.support},
              {"version", pack.version},
              {"verdict", VerdictName(pack.verdict.verdict)},
              {"groups", std::move(groups)}};
}

}  // namespace packaudit
