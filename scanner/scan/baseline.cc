#include "scan/baseline.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>
#include <variant>

#include "core/source_file.h"
#include "parse/json_doc.h"

namespace packaudit {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // path, rule id, hash

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof(buffer), "\\u%04x", static_cast<unsigned char>(c));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

bool IsHexHash(std::string_view text) {
  return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Status ErrorAt(const std::string& file, const DocNode& node, const std::string& problem) {
  return Status::Error(file + ":" + std::to_string(node.position.line) + ": " + problem);
}

// A positive JSON integer (not a string), or 0.
int PositiveInt(const DocNode& node) {
  if (!node.IsScalar() || node.quoted || node.scalar.empty() || node.scalar.size() > 9) return 0;
  if (!std::all_of(node.scalar.begin(), node.scalar.end(),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return std::stoi(node.scalar);
}

StatusOr<BaselineEntry> ParseEntry(const std::string& file, const DocNode& node, size_t index) {
  const std::string where = "entries[" + std::to_string(index) + "]";
  if (!node.IsMap()) return ErrorAt(file, node, where + ": must be an object");
  BaselineEntry entry;
  for (const char* key : {"rule_id", "path", "fingerprint"}) {
    const DocNode* value = node.Get(key);
    if (value == nullptr) return ErrorAt(file, node, where + ": missing \"" + key + "\"");
    if (!value->IsScalar() || !value->quoted || value->scalar.empty()) {
      return ErrorAt(file, *value, where + "." + key + ": must be a non-empty string");
    }
  }
  entry.rule_id = node.Get("rule_id")->scalar;
  entry.path = node.Get("path")->scalar;
  entry.fingerprint = node.Get("fingerprint")->scalar;
  if (!IsHexHash(entry.fingerprint)) {
    return ErrorAt(file, *node.Get("fingerprint"),
                   where + ".fingerprint: must be 16 lower-case hex digits (no ':' suffix)");
  }
  const DocNode* count = node.Get("count");
  if (count == nullptr) return ErrorAt(file, node, where + ": missing \"count\"");
  entry.count = PositiveInt(*count);
  if (entry.count == 0) return ErrorAt(file, *count, where + ".count: must be a positive integer");
  if (const DocNode* message = node.Get("message"); message != nullptr && message->IsScalar()) {
    entry.message = message->scalar;
  }
  return entry;
}

}  // namespace

std::string FingerprintHash(std::string_view fingerprint) {
  return std::string(fingerprint.substr(0, fingerprint.find(':')));
}

Baseline MakeBaseline(const std::vector<Finding>& findings) {
  std::map<Key, BaselineEntry> by_key;
  for (const Finding& f : findings) {
    if (f.suppressed()) continue;
    const std::string hash = FingerprintHash(f.fingerprint);
    auto [it, inserted] = by_key.try_emplace(Key{f.path, f.rule_id, hash});
    if (inserted) {
      it->second = BaselineEntry{f.rule_id, f.path, hash, 1, f.message};
    } else {
      ++it->second.count;
    }
  }
  Baseline baseline;
  for (auto& [key, entry] : by_key) baseline.entries.push_back(std::move(entry));
  return baseline;
}

std::string RenderBaseline(const Baseline& baseline) {
  std::string out = "{\n  \"version\": " + std::to_string(kBaselineVersion) +
                    ",\n  \"tool\": \"packaudit\",\n  \"entries\": [";
  for (size_t i = 0; i < baseline.entries.size(); ++i) {
    const BaselineEntry& e = baseline.entries[i];
    out += i == 0 ? "\n" : ",\n";
    out += "    {\"rule_id\": " + JsonString(e.rule_id) + ", \"path\": " + JsonString(e.path) +
           ", \"fingerprint\": " + JsonString(e.fingerprint) +
           ", \"count\": " + std::to_string(e.count) + ", \"message\": " + JsonString(e.message) +
           "}";
  }
  out += baseline.entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

StatusOr<Baseline> ParseBaseline(std::string_view text, const std::string& display_path) {
  const SourceFile file(display_path, std::string(text));
  auto parsed = ParseJson(file);
  if (const auto* diagnostic = std::get_if<Diagnostic>(&parsed)) {
    return Status::Error(display_path + ":" + std::to_string(diagnostic->position.line) +
                         ": not a valid baseline file: " + diagnostic->message);
  }
  const DocNode& root = std::get<DocNode>(parsed);
  if (!root.IsMap()) return ErrorAt(display_path, root, "a baseline file must be a JSON object");
  const DocNode* version = root.Get("version");
  if (version == nullptr) return ErrorAt(display_path, root, "missing \"version\"");
  if (PositiveInt(*version) != kBaselineVersion) {
    return ErrorAt(display_path, *version,
                   "version: unsupported baseline version '" + version->scalar +
                       "' (allowed: " + std::to_string(kBaselineVersion) + ")");
  }
  const DocNode* tool = root.Get("tool");
  if (tool == nullptr || tool->scalar != "packaudit") {
    return ErrorAt(display_path, tool ? *tool : root,
                   "tool: must be \"packaudit\" (not a packaudit baseline file)");
  }
  const DocNode* entries = root.Get("entries");
  if (entries == nullptr) return ErrorAt(display_path, root, "missing \"entries\"");
  if (!entries->IsSequence()) return ErrorAt(display_path, *entries, "entries: must be an array");
  std::map<Key, BaselineEntry> by_key;
  for (size_t i = 0; i < entries->items.size(); ++i) {
    auto entry = ParseEntry(display_path, entries->items[i], i);
    if (!entry.ok()) return entry.status();
    auto [it, inserted] =
        by_key.try_emplace(Key{entry->path, entry->rule_id, entry->fingerprint}, *entry);
    if (!inserted) it->second.count += entry->count;
  }
  Baseline baseline;
  baseline.path = display_path;
  for (auto& [key, entry] : by_key) baseline.entries.push_back(std::move(entry));
  return baseline;
}

int ApplyBaseline(const Baseline& baseline, std::vector<Finding>& findings) {
  std::map<Key, int> remaining;
  for (const BaselineEntry& e : baseline.entries) {
    remaining[Key{e.path, e.rule_id, e.fingerprint}] += e.count;
  }
  for (Finding& f : findings) {
    if (f.suppressed()) {
      f.baseline_state = BaselineState::kNone;
      continue;
    }
    auto it = remaining.find(Key{f.path, f.rule_id, FingerprintHash(f.fingerprint)});
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      f.baseline_state = BaselineState::kUnchanged;
    } else {
      f.baseline_state = BaselineState::kNew;
    }
  }
  int absent = 0;
  for (const auto& [key, count] : remaining) absent += count;
  return absent;
}

}  // namespace packaudit
