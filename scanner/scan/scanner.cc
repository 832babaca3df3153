#include "scan/scanner.h"

#include <algorithm>
#include <exception>
#include <map>
#include <memory>

#include "core/fingerprint.h"
#include "engines/rule_engines.h"
#include "engines/scope_filter.h"
#include "model/outbound_hosts.h"
#include "model/pack.h"
#include "parse/parsed_file.h"
#include "scan/finalize.h"
#include "scan/pack_file_contexts.h"
#include "scan/parallel.h"
#include "suppress/suppress_pass.h"
#include "walk/classify.h"

namespace packaudit {
namespace {

// Per-file state of the scan.
struct FileSlot {
  const WalkedFile* walked = nullptr;
  std::string pack_root;  // "" with has_pack=false: outside every pack
  bool has_pack = false;
  const PackFileContext* pack = nullptr;  // the pack's file-pass facts; null outside packs
  FileKind kind = FileKind::kText;
  std::unique_ptr<ParsedFile> parsed;  // null when the file could not be read
  std::vector<Finding> findings;
  FileWaivers waivers;  // inline directives and, for a pack's .pack-ignore, its entries
};

class DiagnosticRules {
 public:
  explicit DiagnosticRules(const std::vector<RuleSpec>& rules) {
    for (const RuleSpec& r : rules) {
      if (r.area == "engine") severity_[r.id] = r.severity;
    }
  }
  // The severity of an enabled ENG rule, or nullptr when it is not enabled.
  const Severity* Find(const std::string& id) const {
    auto it = severity_.find(id);
    return it == severity_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, Severity> severity_;
};

std::string Basename(const std::string& path) {
  const size_t end = path.find_last_not_of('/');
  if (end == std::string::npos) return path;
  const size_t slash = path.rfind('/', end);
  return path.substr(slash == std::string::npos ? 0 : slash + 1,
                     end - (slash == std::string::npos ? 0 : slash + 1) + 1);
}

std::string RulesetHash(const std::vector<RuleSpec>& rules) {
  std::string material;
  for (const RuleSpec& r : rules) {
    material += r.id + '\x1f' + std::string(SeverityName(r.severity)) + '\x1f' + r.message +
                '\x1f' + r.summary + '\x1f';
    for (const auto& p : r.regex.patterns) material += p.pattern + '\x1f';
    for (const auto& q : r.queries) material += q.query + '\x1f';
    for (const ClangSpec& c : r.clang) {
      for (const auto& name : c.call) material += name + ',';
      material += c.call_match + (c.member ? "|m|" : "|") + c.string + '|';
      for (const auto& e : c.exclude) material += e + ',';
      for (const ClangArgSpec& a : c.args) {
        material += std::to_string(a.index) + ':';
        for (auto is : a.is) material += std::to_string(static_cast<int>(is)) + ',';
        for (const auto& name : a.names) material += name + ',';
        material += a.match + ':' + (a.min ? std::to_string(*a.min) : "") + ':' +
                    (a.max ? std::to_string(*a.max) : "") + ';';
      }
      material += '\x1f';
    }
    material += r.builtin.name + '\x1f';
    if (!r.inline_waiver) material += "no-inline-waiver\x1f";
    material += '\x1e';
  }
  return StableHash(material);
}

// Reads, parses and runs file rules on one file.
void ScanOneFile(const FileSystem& fs, const RuleEngines& engines,
                 const DiagnosticRules& diagnostics, FileSlot& slot) {
  Emitter emitter;
  auto add_diagnostic = [&](const SourceFile& file, const Diagnostic& d) {
    if (const Severity* severity = diagnostics.Find(d.rule_id)) {
      emitter.AtPosition(d.rule_id, *severity, file, d.position, d.message);
    }
  };
  try {
    // A pack's .secrets-ignore was read before the file pass (pack_file_contexts.h): reuse it.
    const bool read_before = slot.pack != nullptr && slot.pack->has_secrets_ignore &&
                             slot.pack->secrets_ignore_path == slot.walked->display_path;
    auto bytes = read_before ? StatusOr<std::string>(slot.pack->secrets_ignore_bytes)
                             : fs.Read(slot.walked->fs_path, slot.walked->size + 1);
    if (!bytes.ok()) {
      if (const Severity* severity = diagnostics.Find(kEngUnreadable)) {
        SourceFile empty(slot.walked->display_path, "");
        emitter.AtPosition(
            kEngUnreadable, *severity, empty, {1, 1},
            "Cannot read file: " + FileSystemErrorText(bytes.status(), slot.walked->fs_path) + ".");
      }
      slot.findings = std::move(emitter.findings());
      return;
    }
    auto source = std::make_unique<SourceFile>(slot.walked->display_path, std::move(bytes).value());
    slot.parsed = std::make_unique<ParsedFile>(ParseFile(std::move(source), slot.kind));
    for (const Diagnostic& d : slot.parsed->diagnostics) add_diagnostic(*slot.parsed->source, d);
    // Waivers, kept per file for the suppression pass.
    const SourceFile& source_file = *slot.parsed->source;
    slot.waivers.path = slot.walked->display_path;
    if (!source_file.has_nul()) {
      slot.waivers.directives = FindInlineDirectives(source_file, slot.kind);
      if (slot.has_pack && slot.kind == FileKind::kPackIgnore &&
          PathInPack(slot.walked->display_path, slot.pack_root) == ".pack-ignore") {
        slot.waivers.is_pack_ignore = true;
        slot.waivers.pack_root = slot.pack_root;
        slot.waivers.pack_ignore = ParsePackIgnore(source_file);
      }
    }
    engines.ScanFile(*slot.parsed, emitter, slot.pack);
    // Code trees and C facts are not needed past this point (pack checks read code_strings);
    // free them early.
    slot.parsed->code.reset();
    slot.parsed->embedded_tree.reset();
    slot.parsed->c_facts.reset();
  } catch (const std::exception& e) {
    if (const Severity* severity = diagnostics.Find(kEngUnreadable)) {
      SourceFile empty(slot.walked->display_path, "");
      emitter.AtPosition(kEngUnreadable, *severity, empty, {1, 1},
                         std::string("File could not be scanned: ") + e.what() + ".");
    }
  }
  slot.findings = std::move(emitter.findings());
}

}  // namespace

StatusOr<ScanResult> RunScan(const FileSystem& fs, const ScanOptions& options) {
  auto engines_or = RuleEngines::Build(options.rules);
  if (!engines_or.ok()) return engines_or.status();
  const RuleEngines& engines = engines_or.value();
  const DiagnosticRules diagnostics(options.rules);
  auto scope_or = ScopeFilter::Build(options.rules);
  if (!scope_or.ok()) return scope_or.status();
  const ScopeFilter& scope = scope_or.value();

  auto walked_or = Walk(fs, options.inputs, options.display_root, options.walk);
  if (!walked_or.ok()) return walked_or.status();
  const WalkResult& walked = walked_or.value();

  ScanResult result;
  result.tool_version = PACKAUDIT_VERSION;
  result.ruleset_hash = RulesetHash(options.rules);
  result.rules = options.rules;
  result.skipped = walked.skipped;
  result.files_scanned = static_cast<int>(walked.files.size());

  // Pack roots and kinds, by path alone.
  std::vector<std::string> paths;
  paths.reserve(walked.files.size());
  for (const auto& f : walked.files) paths.push_back(f.display_path);
  const std::vector<std::string> roots = FindPackRoots(paths);
  std::vector<FileSlot> slots(walked.files.size());
  for (size_t i = 0; i < slots.size(); ++i) {
    FileSlot& slot = slots[i];
    slot.walked = &walked.files[i];
    const auto root = PackRootFor(slot.walked->display_path, roots);
    slot.has_pack = root.has_value();
    slot.pack_root = root.value_or("");
    slot.kind = ClassifyPath(slot.has_pack ? PathInPack(slot.walked->display_path, slot.pack_root)
                                           : slot.walked->display_path);
  }

  // Per-pack facts for the file checks (.secrets-ignore), read once per pack.
  const std::vector<PackFileContext> pack_contexts = ReadPackFileContexts(fs, walked.files, roots);
  for (FileSlot& slot : slots) {
    if (!slot.has_pack) continue;
    const auto at = std::lower_bound(roots.begin(), roots.end(), slot.pack_root);
    if (at != roots.end() && *at == slot.pack_root) slot.pack = &pack_contexts[at - roots.begin()];
  }

  // Parse once and run the file rules, in parallel over files.
  ParallelFor(slots.size(), options.jobs,
              [&](size_t i) { ScanOneFile(fs, engines, diagnostics, slots[i]); });

  // Pack models and pack rules, in parallel over packs.
  std::vector<const ParsedFile*> parsed;
  for (const FileSlot& slot : slots) {
    if (slot.parsed) parsed.push_back(slot.parsed.get());
  }
  const std::vector<Pack> packs = BuildPacks(parsed, roots, Basename(options.display_root));
  std::vector<std::vector<Finding>> pack_findings(packs.size());
  const CheckContext context{options.today, options.pack_bases ? &*options.pack_bases : nullptr};
  ParallelFor(packs.size(), options.jobs, [&](size_t i) {
    Emitter emitter;
    engines.ScanPack(packs[i], context, emitter);
    pack_findings[i] = std::move(emitter.findings());
  });

  // Gather all findings by file path.
  std::vector<Finding> findings;
  for (FileSlot& slot : slots) {
    for (Finding& f : slot.findings) findings.push_back(std::move(f));
  }
  for (auto& list : pack_findings) {
    for (Finding& f : list) findings.push_back(std::move(f));
  }
  for (const SkippedPath& skip : walked.skipped) {
    if (skip.rule_id.empty()) continue;
    const Severity* severity = diagnostics.Find(skip.rule_id);
    if (severity == nullptr) continue;
    Finding f;
    f.rule_id = skip.rule_id;
    f.severity = *severity;
    f.path = skip.display_path;
    f.message = skip.reason;
    if (!f.message.empty() && f.message.back() != '.') f.message += '.';
    if (!f.message.empty()) f.message[0] = static_cast<char>(std::toupper(f.message[0]));
    f.match_text = skip.reason;
    findings.push_back(std::move(f));
  }

  // Pack name, rule scope and support-level severity.
  std::map<std::string, const Pack*> pack_by_root;
  for (const Pack& p : packs) pack_by_root[p.root] = &p;
  std::map<std::string, const RuleSpec*> rule_by_id;
  for (const RuleSpec& r : options.rules) rule_by_id[r.id] = &r;
  std::erase_if(findings, [&](Finding& f) {
    const auto root = PackRootFor(f.path, roots);
    if (!root) return false;
    auto it = pack_by_root.find(*root);
    if (it == pack_by_root.end()) return false;
    const Pack& pack = *it->second;
    f.pack = pack.name;
    auto rule = rule_by_id.find(f.rule_id);
    if (rule == rule_by_id.end()) return false;
    if (!scope.InScope(*rule->second, pack.ItemOf(f.path))) return true;
    if (!rule->second->severity_by_support.empty()) {
      f.severity = rule->second->SeverityFor(pack.SupportLevelOf(f.path), pack.certified);
    }
    return false;
  });

  // Suppression: marks waived findings, adds the waivers' own problems (ENG008-ENG011).
  std::map<std::string, const SourceFile*> source_by_path;
  for (const FileSlot& slot : slots) {
    if (slot.parsed) source_by_path[slot.walked->display_path] = slot.parsed->source.get();
  }
  {
    SuppressInput waivers;
    waivers.rules = &options.rules;
    waivers.known_rule_ids = EmbeddedRuleIds();
    waivers.known_rule_ids.insert(options.known_rule_ids.begin(), options.known_rule_ids.end());
    for (FileSlot& slot : slots) {
      if (!slot.waivers.directives.empty() || slot.waivers.is_pack_ignore) {
        waivers.files.push_back(std::move(slot.waivers));
      }
    }
    waivers.config_waivers = options.waivers;
    waivers.pack_root_of = [&](const std::string& path) { return PackRootFor(path, roots); };
    waivers.sources = source_by_path;
    SuppressOutput suppressed = ApplySuppressions(waivers, findings);
    for (Finding& f : suppressed.problems) {
      if (const auto root = PackRootFor(f.path, roots)) {
        if (auto it = pack_by_root.find(*root); it != pack_by_root.end()) f.pack = it->second->name;
      }
      findings.push_back(std::move(f));
    }
    result.scope_notes = std::move(suppressed.notes);
  }

  // Snippets, redaction and line hashes, per file.
  std::map<std::string, std::vector<Finding*>> by_path;
  for (Finding& f : findings) by_path[f.path].push_back(&f);
  std::vector<std::pair<const SourceFile*, std::vector<Finding*>*>> work;
  for (auto& [path, list] : by_path) {
    auto it = source_by_path.find(path);
    work.emplace_back(it == source_by_path.end() ? nullptr : it->second, &list);
  }
  ParallelFor(work.size(), options.jobs,
              [&](size_t i) { AddSourceDetails(work[i].first, *work[i].second); });

  SortAndFingerprint(findings);
  result.findings = std::move(findings);
  for (const Finding& f : result.findings) {
    if (f.rule_id == kEngParseError || f.rule_id == kEngBinary || f.rule_id == kEngUnreadable) {
      result.execution_successful = false;
    }
  }
  // Baseline after the suppression pass: only active findings are matched.
  if (options.baseline) {
    result.baseline_path = options.baseline->path;
    result.baseline_absent = ApplyBaseline(*options.baseline, result.findings);
  }
  const auto group_of_rule = GroupsOfRules(options.rules);
  std::map<std::string, std::vector<const Finding*>> findings_by_pack;  // by pack root
  for (const Finding& f : result.findings) {
    // Waived findings do not count; baselined ones do (the verdict describes the pack, the
    // baseline only the gate).
    if (f.pack.empty() || f.suppressed()) continue;
    if (const auto root = PackRootFor(f.path, roots)) findings_by_pack[*root].push_back(&f);
  }
  for (const Pack& p : packs) {
    result.packs.push_back(PackSummary{
        p.name, p.root.empty() ? "." : p.root, p.support, p.current_version,
        ComputeVerdict(findings_by_pack[p.root], group_of_rule), BuildOutboundInventory(p)});
  }
  result.scope = options.scope;
  result.scan_date = options.today.ToIso();
  return result;
}

}  // namespace packaudit
