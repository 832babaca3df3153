// Builtin checks of area "code" that read item YAML and code facts (rules/code/ CODE007, CODE013,
// CODE014, CODE015, CODE020, CODE021), registered in registry_yaml.cc beside this file, plus the
// small helpers they share. All are pack checks: they read the pack model and ParsedFile facts
// (code trees are gone by then). Contract and threading: see engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_CODE_CHECKS_YAML_H_
#define PACKAUDIT_ENGINES_BUILTIN_CODE_CHECKS_YAML_H_

#include <span>
#include <string>
#include <string_view>

#include "engines/builtin/builtin_rule.h"
#include "engines/builtin/yaml_item_util.h"

namespace packaudit {

// The table of this file's checks (joined into CodeBuiltins()).
std::span<const BuiltinEntry> CodeYamlBuiltins();

// CODE007: every YAML command, and test-module, has a string literal equal to it in the code.
void CheckCommandHandlers(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);
// CODE013: a Python/PowerShell integration or script has its unit-test file.
void CheckUnitTestFile(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                       Emitter& emitter);
// CODE014: Python 2 (subtype python2 or a Python 2 image).
void CheckPython2(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                  Emitter& emitter);
// CODE015: the docker image is missing, untagged/latest, untrusted or deprecated.
void CheckDockerImage(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                      Emitter& emitter);
// CODE020: reputation commands' default argument and DBotScore outputs; reliability param.
void CheckReputationCommands(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);
// CODE021: fetch params max_fetch (with a default) and first_fetch.
void CheckFetchParams(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                      Emitter& emitter);

// --- helpers shared by the checks above (yaml_helpers.cc) ---

// The item's code language as written in its YAML ("python", "powershell", "javascript"; the
// `type` setting), or "" when unknown.
std::string_view ItemLanguage(const Item& item);

// A docker image reference split into repository ("demisto/python3") and tag ("3.12.8.1"; ""
// when absent). A digest (`@sha256:...`) counts as a tag.
struct DockerImageRef {
  std::string repository;
  std::string tag;
};
DockerImageRef ParseDockerImage(std::string_view image);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_CODE_CHECKS_YAML_H_
