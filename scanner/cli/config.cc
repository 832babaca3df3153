#include "cli/config.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace packaudit {
namespace {

std::string Where(const std::string& path, const toml::node& node, const std::string& key) {
  return path + ":" + std::to_string(node.source().begin.line) + ": " + key + ": ";
}

StatusOr<std::vector<std::string>> Strings(const std::string& path, const toml::node& node,
                                           const std::string& key) {
  std::vector<std::string> out;
  const auto* array = node.as_array();
  if (array == nullptr) return Status::Error(Where(path, node, key) + "must be an array of strings");
  for (const auto& item : *array) {
    const auto* s = item.as_string();
    if (s == nullptr) return Status::Error(Where(path, item, key) + "must be an array of strings");
    out.push_back(s->get());
  }
  return out;
}

}  // namespace

StatusOr<ConfigFile> LoadConfigFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open config file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  toml::table table;
  try {
    table = toml::parse(buffer.str(), path);
  } catch (const toml::parse_error& e) {
    return Status::Error(path + ":" + std::to_string(e.source().begin.line) + ": toml: " +
                         std::string(e.description()));
  }
  ConfigFile config;
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  for (const auto& [key_view, node] : table) {
    const std::string key(key_view.str());
    if (key == "select" || key == "ignore" || key == "rules") {
      auto values = Strings(path, node, key);
      if (!values.ok()) return values.status();
      if (key == "select") {
        config.select = std::move(values).value();
      } else if (key == "ignore") {
        config.ignore = std::move(values).value();
      } else {
        for (const auto& dir : values.value()) config.rule_dirs.push_back((base / dir).string());
      }
    } else if (key == "fail_on") {
      const auto value = node.value<std::string>();
      static const std::set<std::string> kAllowed = {"error", "warning", "note", "none"};
      if (!value || kAllowed.count(*value) == 0) {
        return Status::Error(Where(path, node, key) + "must be one of error, warning, note, none");
      }
      config.fail_on = *value;
    } else if (key == "max_file_size") {
      const auto value = node.value<int64_t>();
      if (!value || *value < 1) {
        return Status::Error(Where(path, node, key) + "must be a positive number of bytes");
      }
      config.max_file_size = static_cast<uint64_t>(*value);
    } else {
      return Status::Error(Where(path, node, key) +
                           "unknown key (allowed: select, ignore, fail_on, rules, max_file_size)");
    }
  }
  return config;
}

}  // namespace packaudit
