// The JSON object of one pack and its certification verdict, shared by the JSON report
// (`packs[]`) and the SARIF run properties (`runs[0].properties.packs[]`) so both carry the same
// shape:
//
//   {"name": "Foo", "path": "Packs/Foo", "support": "partner", "version": "1.2.0",
//    "verdict": "not-certified",            // blocked | not-certified | certification-ready
//    "groups": [                            // every requirement group, in a fixed order
//      {"name": "documentation", "title": "Documentation", "passed": false,
//       "errors": 1, "warnings": 0, "notes": 2,
//       "rules": ["DOC005", "DOC010"],      // rules with findings in the group
//       "failing": ["DOC010"]}              // rules with error findings (they fail the group)
//    ],
//    "outbound_hosts": [                    // model/outbound_hosts.h, sorted by host
//      {"host": "images-api.nasa.gov",
//       "sources": ["code_literal"],        // url_param_default | yaml_default | code_literal
//       "derived_from_server_url": false, "hard_coded": true, "disclosed": false,
//       "items": ["RandomPhoto"], "occurrences": 2,
//       "locations": [                      // first per file and source, at most 10
//         {"path": "Packs/Foo/Scripts/RandomPhoto/RandomPhoto.py", "line": 12,
//          "source": "code_literal"}]}
//    ]}
//
// Pure function; thread-safe.
#ifndef PACKAUDIT_REPORTS_PACK_JSON_H_
#define PACKAUDIT_REPORTS_PACK_JSON_H_

#include <nlohmann/json.hpp>

#include "scan/scan_result.h"

namespace packaudit {

nlohmann::ordered_json PackJson(const PackSummary& pack);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_PACK_JSON_H_
