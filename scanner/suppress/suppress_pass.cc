#include "suppress/suppress_pass.h"

#include <algorithm>

#include "core/glob.h"
#include "engines/emitter.h"

namespace packaudit {
namespace {

std::string Basename(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Builds the problem findings, for the enabled ENG rules only.
class Problems {
 public:
  explicit Problems(const std::vector<RuleSpec>& rules) {
    for (const RuleSpec& r : rules) {
      if (r.area == "engine") severity_[r.id] = r.severity;
    }
  }
  bool Enabled(const std::string& id) const { return severity_.count(id) > 0; }
  void Add(const std::string& id, const std::string& path, const Region& region,
           std::string message, std::string match_text) {
    auto it = severity_.find(id);
    if (it == severity_.end()) return;
    Finding f;
    f.rule_id = id;
    f.severity = it->second;
    f.path = path;
    f.region = region;
    f.message = std::move(message);
    f.match_text = std::move(match_text);
    out_.push_back(std::move(f));
  }
  std::vector<Finding>& findings() { return out_; }

 private:
  std::map<std::string, Severity> severity_;
  std::vector<Finding> out_;
};

// Usage of one id of one inline directive.
struct InlineUse {
  const FileWaivers* file = nullptr;
  const InlineDirective* directive = nullptr;
  std::string id;
  const RuleSpec* rule = nullptr;  // null: not enabled
  bool used = false;
};

}  // namespace

SuppressOutput ApplySuppressions(const SuppressInput& input, std::vector<Finding>& findings) {
  SuppressOutput output;
  static const std::vector<RuleSpec> kNoRules;
  const std::vector<RuleSpec>& rules = input.rules != nullptr ? *input.rules : kNoRules;
  Problems problems(rules);
  std::map<std::string, const RuleSpec*, std::less<>> rule_by_id;
  for (const RuleSpec& r : rules) rule_by_id[r.id] = &r;
  auto known = [&](const std::string& id) {
    return rule_by_id.count(id) > 0 || input.known_rule_ids.count(id) > 0;
  };

  // Inline directives: malformed ones and unknown ids first; the others index by (path, line).
  std::vector<InlineUse> uses;
  for (const FileWaivers& file : input.files) {
    for (const InlineDirective& d : file.directives) {
      if (!d.problem.empty()) {
        problems.Add(kEngWaiverMalformed, file.path, d.region,
                     "Malformed waiver: " + d.problem +
                         ", so it waives nothing; write `packaudit: ignore[RULE-ID] reason`.",
                     d.problem);
        continue;
      }
      for (const std::string& id : d.ids) {
        if (!known(id)) {
          problems.Add(kEngWaiverUnknownRule, file.path, d.region,
                       "The waiver names " + id + ", which is no packaudit rule.", id);
          continue;
        }
        auto rule = rule_by_id.find(id);
        InlineUse use{&file, &d, id, rule == rule_by_id.end() ? nullptr : rule->second};
        if (use.rule != nullptr && !use.rule->inline_waiver) {
          problems.Add(kEngWaiverNotInline, file.path, d.region,
                       id + " cannot be waived by an inline comment (its findings block a "
                            "pack); the finding stays active. Waive it in the config file or a "
                            "baseline, with a reason.",
                       id);
          continue;
        }
        uses.push_back(std::move(use));
      }
    }
  }
  std::map<std::pair<std::string, int>, std::vector<InlineUse*>> by_line;
  for (InlineUse& use : uses) {
    if (use.directive->target_line > 0) {
      by_line[{use.file->path, use.directive->target_line}].push_back(&use);
    }
  }

  // .pack-ignore entries, by pack root.
  struct PackIgnoreUse {
    const FileWaivers* file;
    const PackIgnoreEntry* entry;
    bool used = false;
  };
  std::vector<PackIgnoreUse> pack_uses;
  for (const FileWaivers& file : input.files) {
    if (!file.is_pack_ignore) continue;
    for (const PackIgnoreEntry& e : file.pack_ignore) {
      if (!known(e.code)) {
        problems.Add(kEngWaiverUnknownRule, file.path, e.region,
                     "`.pack-ignore` names " + e.code + ", which is no packaudit rule.", e.code);
        continue;
      }
      pack_uses.push_back({&file, &e});
    }
  }
  std::vector<bool> config_used(input.config_waivers.size(), false);

  for (Finding& f : findings) {
    // Inline.
    if (auto it = by_line.find({f.path, f.region.start_line}); it != by_line.end()) {
      for (InlineUse* use : it->second) {
        if (use->id != f.rule_id) continue;
        use->used = true;
        f.suppressions.push_back({"inSource", use->directive->reason,
                                  f.path + ":" + std::to_string(use->directive->line)});
      }
    }
    // .pack-ignore.
    if (!pack_uses.empty() && input.pack_root_of) {
      const auto root = input.pack_root_of(f.path);
      for (PackIgnoreUse& use : pack_uses) {
        if (!root || *root != use.file->pack_root || use.entry->code != f.rule_id) continue;
        if (Basename(f.path) != use.entry->file) continue;
        use.used = true;
        f.suppressions.push_back(
            {"external", ".pack-ignore", use.file->path + ":" + std::to_string(use.entry->line)});
      }
    }
    // Config waivers.
    auto rule = rule_by_id.find(f.rule_id);
    const std::string area = rule == rule_by_id.end() ? "" : rule->second->area;
    for (size_t i = 0; i < input.config_waivers.size(); ++i) {
      const ConfigWaiver& w = input.config_waivers[i];
      const bool rule_matches = std::any_of(w.rules.begin(), w.rules.end(), [&](const auto& r) {
        return r == f.rule_id || (!area.empty() && r == area);
      });
      if (!rule_matches) continue;
      const bool path_matches =
          w.paths.empty() || std::any_of(w.paths.begin(), w.paths.end(),
                                         [&](const auto& p) { return GlobMatch(p, f.path); });
      if (!path_matches) continue;
      config_used[i] = true;
      f.suppressions.push_back({"external", w.reason, w.source});
    }
  }

  // Waivers that suppressed nothing, for enabled rules.
  for (const InlineUse& use : uses) {
    if (use.used || use.rule == nullptr) continue;
    const InlineDirective& d = *use.directive;
    problems.Add(kEngWaiverUnused, use.file->path, d.region,
                 "The waiver of " + use.id + " suppresses nothing: " +
                     (d.target_line > 0 ? "no " + use.id + " finding on line " +
                                              std::to_string(d.target_line) + "."
                                        : "no code line follows it."),
                 use.id);
  }
  for (const PackIgnoreUse& use : pack_uses) {
    if (use.used || rule_by_id.count(use.entry->code) == 0) continue;
    problems.Add(kEngWaiverUnused, use.file->path, use.entry->region,
                 "`.pack-ignore` ignores " + use.entry->code + " for `" + use.entry->file +
                     "`, but the pack has no such finding in a file of that name.",
                 use.entry->file + ":" + use.entry->code);
  }
  for (size_t i = 0; i < input.config_waivers.size(); ++i) {
    const ConfigWaiver& w = input.config_waivers[i];
    if (config_used[i] || !problems.Enabled(kEngWaiverUnused)) continue;
    const bool enabled = std::any_of(w.rules.begin(), w.rules.end(), [&](const auto& id) {
      return rule_by_id.count(id) > 0 ||
             std::any_of(rules.begin(), rules.end(),
                         [&](const RuleSpec& r) { return r.area == id && r.area != "engine"; });
    });
    if (!enabled) continue;
    std::string what = "The config waiver of " + Join(w.rules);
    if (!w.paths.empty()) what += " for " + Join(w.paths);
    what += " suppresses nothing.";
    // Placed on the config file's line when that file was scanned, else a note.
    const size_t colon = w.source.rfind(':');
    const std::string path = colon == std::string::npos ? w.source : w.source.substr(0, colon);
    const int line = colon == std::string::npos ? 0 : std::atoi(w.source.c_str() + colon + 1);
    auto source = input.sources.find(path);
    if (source != input.sources.end() && line >= 1 && line <= source->second->line_count()) {
      const SourceFile& file = *source->second;
      problems.Add(kEngWaiverUnused, path, RegionOf(file, file.LineStart(line), file.LineEnd(line)),
                   what, Join(w.rules) + "|" + Join(w.paths));
    } else {
      output.notes.push_back(what.substr(0, what.size() - 1) + " (" + w.source + ", " +
                             kEngWaiverUnused + ").");
    }
  }
  output.problems = std::move(problems.findings());
  return output;
}

}  // namespace packaudit
