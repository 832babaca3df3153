#include "cli/config.h"

#include <toml++/toml.h>

#include <fstream>
#include <set>
#include <sstream>

#include "cli/rule_tokens.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

constexpr char kAllowedKeys[] =
    "select, ignore, fail_on, rules, max_file_size, exclude, baseline, severity, waiver";
constexpr char kAllowedWaiverKeys[] = "rules, paths, reason";
constexpr char kRuleTokens[] = "rule ids, areas or id prefixes from `packaudit rules list`";

int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
int LineOf(const toml::key& key) { return static_cast<int>(key.source().begin.line); }

Status Problem(const std::string& name, int line, const std::string& key,
               const std::string& problem) {
  return Status::Error(name + ":" + std::to_string(line) + ": " + key + ": " + problem);
}

// A non-empty array of non-empty strings (empty arrays are allowed when `allow_empty`).
StatusOr<std::vector<ConfigToken>> Strings(const std::string& name, const toml::node& node,
                                           const std::string& key, bool allow_empty = true) {
  std::vector<ConfigToken> out;
  const auto* array = node.as_array();
  if (array == nullptr) {
    return Problem(name, LineOf(node), key, "must be an array of strings (allowed: [\"...\"])");
  }
  for (const auto& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr || s->get().empty()) {
      return Problem(name, LineOf(item), key,
                     "must be an array of non-empty strings (allowed: [\"...\"])");
    }
    out.push_back({s->get(), LineOf(item)});
  }
  if (!allow_empty && out.empty()) {
    return Problem(name, LineOf(node), key, "must not be empty (allowed: [\"...\"])");
  }
  return out;
}

StatusOr<std::string> NonEmptyString(const std::string& name, const toml::node& node,
                                     const std::string& key, const std::string& allowed) {
  const auto value = node.value<std::string>();
  if (!node.is_string() || !value || value->empty()) {
    return Problem(name, LineOf(node), key,
                   "must be a non-empty string (allowed: " + allowed + ")");
  }
  return *value;
}

std::vector<std::string> Values(const std::vector<ConfigToken>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.value);
  return out;
}

Status ParseWaiver(const std::string& name, const toml::node& node, ConfigFile& config) {
  const auto* table = node.as_table();
  if (table == nullptr) {
    return Problem(name, LineOf(node), "waiver",
                   "must be an array of tables (allowed: [[waiver]] with rules, paths, reason)");
  }
  ConfigWaiverEntry waiver;
  waiver.line = LineOf(node);
  bool has_rules = false;
  bool has_reason = false;
  for (const auto& [key, value] : *table) {
    const std::string k(key.str());
    if (k == "rules") {
      auto rules = Strings(name, value, "waiver.rules", /*allow_empty=*/false);
      if (!rules.ok()) return rules.status();
      waiver.rules = std::move(rules).value();
      has_rules = true;
    } else if (k == "paths") {
      auto paths = Strings(name, value, "waiver.paths");
      if (!paths.ok()) return paths.status();
      waiver.paths = Values(paths.value());
    } else if (k == "reason") {
      auto reason = NonEmptyString(name, value, "waiver.reason", "a sentence saying why");
      if (!reason.ok()) return reason.status();
      waiver.reason = std::move(reason).value();
      has_reason = true;
    } else {
      return Problem(name, LineOf(key), "waiver." + k,
                     std::string("unknown key (allowed: ") + kAllowedWaiverKeys + ")");
    }
  }
  if (!has_rules) {
    return Problem(name, waiver.line, "waiver",
                   "missing rules (allowed: rules = [\"ID or area\", ...])");
  }
  if (!has_reason) {
    return Problem(name, waiver.line, "waiver",
                   "missing reason (allowed: reason = \"why these findings are accepted\")");
  }
  config.waivers.push_back(std::move(waiver));
  return Status::Ok();
}

Status ParseKey(const std::string& name, const fs::path& base, const toml::key& key_node,
                const toml::node& node, ConfigFile& config) {
  const std::string key(key_node.str());
  if (key == "select" || key == "ignore") {
    auto values = Strings(name, node, key);
    if (!values.ok()) return values.status();
    (key == "select" ? config.select : config.ignore) = std::move(values).value();
  } else if (key == "rules") {
    auto values = Strings(name, node, key);
    if (!values.ok()) return values.status();
    for (const auto& dir : values.value()) {
      config.rule_dirs.push_back((base / dir.value).lexically_normal().string());
    }
  } else if (key == "exclude") {
    auto values = Strings(name, node, key);
    if (!values.ok()) return values.status();
    config.exclude = Values(values.value());
  } else if (key == "fail_on") {
    static const std::set<std::string> kAllowed = {"error", "warning", "note", "none"};
    const auto value = node.value<std::string>();
    if (!node.is_string() || !value || kAllowed.count(*value) == 0) {
      return Problem(name, LineOf(node), key,
                     "not a gate level (allowed: error, warning, note, none)");
    }
    config.fail_on = *value;
  } else if (key == "max_file_size") {
    const auto value = node.value<int64_t>();
    if (!node.is_integer() || !value || *value < 1) {
      return Problem(name, LineOf(node), key,
                     "must be a positive number of bytes (allowed: an integer such as 5242880)");
    }
    config.max_file_size = static_cast<uint64_t>(*value);
  } else if (key == "baseline") {
    auto value = NonEmptyString(name, node, key, "a baseline file relative to the config file");
    if (!value.ok()) return value.status();
    config.baseline = (base / value.value()).lexically_normal().string();
  } else if (key == "severity") {
    const auto* table = node.as_table();
    if (table == nullptr) {
      return Problem(name, LineOf(node), key,
                     "must be a table (allowed: [severity] with ID = \"error|warning|note\")");
    }
    for (const auto& [target, level] : *table) {
      const std::string t(target.str());
      const auto value = level.value<std::string>();
      if (!level.is_string() || !value || !ParseSeverity(*value)) {
        return Problem(name, LineOf(level), "severity." + t,
                       "not a severity (allowed: error, warning, note)");
      }
      config.severity[t] = {*value, LineOf(target)};
    }
  } else if (key == "waiver") {
    const auto* array = node.as_array();
    if (array == nullptr) {
      return Problem(name, LineOf(node), key,
                     "must be an array of tables (allowed: [[waiver]] with rules, paths, reason)");
    }
    for (const auto& item : *array) {
      if (Status s = ParseWaiver(name, item, config); !s.ok()) return s;
    }
  } else {
    return Problem(name, LineOf(key_node), key,
                   std::string("unknown key (allowed: ") + kAllowedKeys + ")");
  }
  return Status::Ok();
}

}  // namespace

StatusOr<ConfigFile> ParseConfig(std::string_view text, const std::string& name,
                                 const fs::path& base_dir) {
  toml::table table;
  try {
    table = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    return Status::Error(name + ":" + std::to_string(e.source().begin.line) +
                         ": toml: " + std::string(e.description()));
  }
  ConfigFile config;
  config.name = name;
  for (const auto& [key, node] : table) {
    if (Status s = ParseKey(name, base_dir, key, node, config); !s.ok()) return s;
  }
  return config;
}

StatusOr<ConfigFile> LoadConfigFile(const std::string& path, const std::string& name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(name + ": cannot open config file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::error_code ec;
  const fs::path base = fs::absolute(fs::path(path), ec).parent_path();
  return ParseConfig(buffer.str(), name, base);
}

std::optional<fs::path> FindConfigFile(const fs::path& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir, ec).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();
  while (true) {
    const fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

Status CheckConfigRules(const ConfigFile& config, const RuleSet& rules) {
  auto check = [&](const ConfigToken& token, const std::string& key) -> Status {
    if (ClassifyRuleToken(token.value, rules) != RuleTokenKind::kUnknown) return Status::Ok();
    return Problem(config.name, token.line, key,
                   UnknownRuleTokenProblem(token.value, rules) + " (allowed: " + kRuleTokens + ")");
  };
  for (const auto& t : config.select) {
    if (Status s = check(t, "select"); !s.ok()) return s;
  }
  for (const auto& t : config.ignore) {
    if (Status s = check(t, "ignore"); !s.ok()) return s;
  }
  for (const auto& [target, level] : config.severity) {
    if (Status s = check({target, level.line}, "severity." + target); !s.ok()) return s;
  }
  for (const auto& waiver : config.waivers) {
    for (const auto& t : waiver.rules) {
      if (Status s = check(t, "waiver.rules"); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

std::map<std::string, Severity> SeverityOverrides(const ConfigFile& config) {
  std::map<std::string, Severity> out;
  for (const auto& [target, level] : config.severity) {
    if (const auto severity = ParseSeverity(level.value)) out[target] = *severity;
  }
  return out;
}

std::vector<ConfigWaiver> ScanWaivers(const ConfigFile& config, const RuleSet& rules) {
  std::vector<ConfigWaiver> out;
  for (const auto& w : config.waivers) {
    ConfigWaiver waiver;
    waiver.rules = ExpandRuleTokens(Values(w.rules), rules);
    waiver.paths = w.paths;
    waiver.reason = w.reason;
    waiver.source = config.name + ":" + std::to_string(w.line);
    out.push_back(std::move(waiver));
  }
  return out;
}

}  // namespace packaudit
