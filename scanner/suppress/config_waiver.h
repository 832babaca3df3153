// ConfigWaiver: a waiver kept in the config file (.packaudit.toml `[[waiver]]`). Findings of
// `rules` (ids or areas) whose path matches one of `paths` (core/glob.h; empty = everywhere) are
// suppressed (kind "external") with `reason`. With a baseline, the only way to waive a rule that
// refuses inline waivers. A plain value.
#ifndef PACKAUDIT_SUPPRESS_CONFIG_WAIVER_H_
#define PACKAUDIT_SUPPRESS_CONFIG_WAIVER_H_

#include <string>
#include <vector>

namespace packaudit {

struct ConfigWaiver {
  std::vector<std::string> rules;
  std::vector<std::string> paths;
  std::string reason;
  std::string source;  // where it is written, e.g. ".packaudit.toml:12"
};

}  // namespace packaudit

#endif  // PACKAUDIT_SUPPRESS_CONFIG_WAIVER_H_
