// A small synthetic ScanResult shared by the report writer tests: three catalog rules plus an
// engine rule, four findings (one secret, one in a path with a space, one engine diagnostic),
// two packs and two skipped paths.
#ifndef PACKAUDIT_TESTS_UNIT_REPORTS_SYNTHETIC_SCAN_H_
#define PACKAUDIT_TESTS_UNIT_REPORTS_SYNTHETIC_SCAN_H_

#include "scan/scan_result.h"

namespace packaudit::testing {

inline constexpr char kSecret[] = "AKIAIOSFODNN7EXAMPLE";

inline RuleSpec SecretRule() {
  RuleSpec rule;
  rule.id = "SEC003";
  rule.certification = "security";
  rule.name = "provider-secret-pattern";
  rule.summary = "A cloud provider access key is hard-coded.";
  rule.area = "security";
  rule.severity = Severity::kError;
  rule.file_kinds = {FileKind::kPython};
  rule.rationale = "Keys in code leak through the Marketplace and <em>cannot</em> be rotated.";
  rule.remediation = "Read the key from a `credentials` parameter with `demisto.params()`.";
  rule.example_bad = "api_key = \"AKIA...\"\n";
  rule.example_good = "api_key = demisto.params()[\"credentials\"][\"password\"]\n";
  rule.references = {"CWE-798", "https://xsoar.pan.dev/docs/integrations/code-conventions"};
  rule.tags = {"secrets", "security"};
  rule.security_severity = 8.5;
  rule.precision = "high";
  rule.redact = true;
  return rule;
}

inline RuleSpec ReadmeRule() {
  RuleSpec rule;
  rule.id = "DOC001";
  rule.certification = "documentation";
  rule.name = "pack-readme-missing";
  rule.summary = "The pack has no README.md.";
  rule.area = "docs";
  rule.severity = Severity::kWarning;
  rule.file_kinds = {FileKind::kPackMetadata};
  rule.rationale = "Reviewers and users read the README first.";
  rule.remediation = "Add a README.md at the pack root.";
  rule.tags = {"documentation"};
  rule.precision = "very-high";
  return rule;
}

inline RuleSpec NoteRule() {
  RuleSpec rule;
  rule.id = "CODE002";
  rule.certification = "coding-practices";
  rule.name = "print-statement";
  rule.summary = "print() is used instead of demisto.debug().";
  rule.area = "code";
  rule.severity = Severity::kNote;
  rule.precision = "medium";
  return rule;
}

inline RuleSpec EngineRule() {
  RuleSpec rule;
  rule.id = "ENG001";
  rule.certification = "scanner";
  rule.name = "parse-failure";
  rule.summary = "A file could not be parsed.";
  rule.area = "engine";
  rule.severity = Severity::kError;
  rule.precision = "very-high";
  return rule;
}

inline ScanResult SyntheticScan() {
  ScanResult result;
  result.tool_version = "0.1.0";
  result.ruleset_hash = "4f2a9c0e11d3b7a8";
  result.scope = {"Packs"};
  result.rules = {SecretRule(), ReadmeRule(), NoteRule(), EngineRule()};
  result.files_scanned = 7;
  result.execution_successful = false;

  Finding secret;
  secret.rule_id = "SEC003";
  secret.severity = Severity::kError;
  secret.path = "Packs/Foo/Integrations/Foo/Foo.py";
  secret.region = {4, 16, 4, 36};
  secret.message = "AWS access key in a string literal.";
  secret.pack = "Foo";
  secret.snippet = "[REDACTED]";
  secret.context = "def main():\n    api_key = \"[REDACTED]\"\n    return api_key";
  secret.context_start_line = 3;
  secret.context_end_line = 5;
  secret.line_hash = "2c968962cd24329b:1";
  secret.fingerprint = "0123456789abcdef:1";
  secret.match_text = kSecret;
  secret.redact = true;

  Finding print;
  print.rule_id = "CODE002";
  print.severity = Severity::kNote;
  print.path = "Packs/Foo/Integrations/Foo/Foo.py";
  print.region = {5, 5, 5, 10};
  print.message = "print() call";  // no final period: the writer adds one
  print.pack = "Foo";
  print.snippet = "print";
  print.context = "    print(api_key)";
  print.context_start_line = 5;
  print.context_end_line = 5;  // same lines as the region: no contextRegion
  print.line_hash = "d45699d78a7c2b5f:1";
  print.fingerprint = "1111111111111111:1";

  Finding broken;
  broken.rule_id = "ENG001";
  broken.severity = Severity::kError;
  broken.path = "Packs/Foo/Playbooks/broken.yml";
  broken.region = {2, 1, 2, 9};
  broken.message = "YAML parse error: mapping values are not allowed here.";
  broken.pack = "Foo";
  broken.snippet = "a: b: c";
  broken.line_hash = "850934f5c30ca1f1:1";
  broken.fingerprint = "2222222222222222:1";

  Finding readme;
  readme.rule_id = "DOC001";
  readme.severity = Severity::kWarning;
  readme.path = "Packs/My Pack/pack_metadata.json";
  readme.region = {1, 1, 1, 2};
  readme.message = "Pack 'My Pack' has no README.md.";
  readme.pack = "My Pack";
  readme.snippet = "{";
  readme.context = "{\n  \"name\": \"My Pack\",";
  readme.context_start_line = 1;
  readme.context_end_line = 2;
  readme.line_hash = "e186381e6146d3ed:1";
  readme.fingerprint = "3333333333333333:1";

  result.findings = {secret, print, broken, readme};

  result.skipped = {{"Packs/Foo/.git", "", "ignored folder"},
                    {"Packs/Foo/big.bin", "ENG003", "file is 7340032 bytes, over the limit"}};
  const auto groups = GroupsOfRules(result.rules);
  auto verdict_of = [&](const std::string& pack) {
    std::vector<const Finding*> findings;
    for (const Finding& f : result.findings) {
      if (f.pack == pack) findings.push_back(&f);
    }
    return ComputeVerdict(findings, groups);
  };
  result.packs = {{"Foo", "Packs/Foo", "partner", "1.2.0", verdict_of("Foo")},
                  {"My Pack", "Packs/My Pack", "community", "", verdict_of("My Pack")}};
  return result;
}

}  // namespace packaudit::testing

#endif  // PACKAUDIT_TESTS_UNIT_REPORTS_SYNTHETIC_SCAN_H_
