// Builtin checks of area "docs" (rules/docs/): one function per check,
// registered in registry.cc beside this file. Contract and threading: see
// engines/builtin/builtin_rule.h.
#ifndef PACKAUDIT_ENGINES_BUILTIN_DOCS_CHECKS_H_
#define PACKAUDIT_ENGINES_BUILTIN_DOCS_CHECKS_H_

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// DOC002: the pack README is empty in a partner pack or a pack with playbooks.
void CheckPackReadmeEmpty(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);
// DOC003: the pack README is too short (30 characters; 300 for partner or
// certified packs).
void CheckPackReadmeShort(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);
// DOC004: the pack README only repeats pack_metadata's description.
void CheckPackReadmeIsDescription(const RuleSpec& rule, const Pack& pack,
                                  const CheckContext& context, Emitter& emitter);
// DOC005: the pack README does not say what the pack does.
void CheckPackReadmeWhatItDoes(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                               Emitter& emitter);
// DOC007: an empty Troubleshooting / Use Cases / Known Limitations / Additional
// Information section in a Markdown file.
void CheckEmptySections(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// DOC010: an integration, script or playbook without a README.
void CheckItemReadme(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                     Emitter& emitter);
// DOC011: an integration command that its README does not document.
void CheckCommandsDocumented(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                             Emitter& emitter);
// DOC012: README context-output tables against the YAML outputs.
void CheckCommandOutputs(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                         Emitter& emitter);
// DOC013: an integration without a description.
void CheckIntegrationDescription(const RuleSpec& rule, const Pack& pack,
                                 const CheckContext& context, Emitter& emitter);
// DOC014: a hand-written "### ... Contributed Integration" heading in a
// description file.
void CheckContributedBlock(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter);
// DOC015: a beta integration without a description carrying the beta
// disclaimer.
void CheckBetaDescription(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);
// DOC016: an integration image that is missing, over 10 KB or not 120x50.
void CheckIntegrationImage(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);
// DOC017: a playbook without its README or its image in doc_files/.
void CheckPlaybookDocs(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                       Emitter& emitter);
// DOC018: README or description images that are absolute, outside doc_files/ or
// missing.
void CheckDocImageLinks(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// DOC019: a partner or xsoar integration without a command_examples file.
void CheckCommandExamples(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                          Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_DOCS_CHECKS_H_
