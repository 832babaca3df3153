// Builtin checks of area "metadata" (rules/metadata/): one function per check, registered in
// registry.cc beside this file. Contract and threading: see engines/builtin/builtin_rule.h.
// All are PackChecks over the pack model; findings are placed in pack_metadata.json on the key
// or list element concerned, unless a check says otherwise.
#ifndef PACKAUDIT_ENGINES_BUILTIN_METADATA_CHECKS_H_
#define PACKAUDIT_ENGINES_BUILTIN_METADATA_CHECKS_H_

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

// META001: pack_metadata.json is missing, does not parse, or is not a JSON object.
void CheckMetadataFile(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                       Emitter& emitter);
// META002: a mandatory key is missing.
void CheckMandatoryKeys(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// META003: name/description empty or the init placeholder; an empty string in a list field.
void CheckPlaceholders(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                       Emitter& emitter);
// META006: a partner pack needs a valid support email and an https support url.
void CheckPartnerContact(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                         Emitter& emitter);
// META008: the support url has whitespace, no scheme, no host, or is not https.
void CheckUrlFormat(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                    Emitter& emitter);
// META009: a pack not supported by xsoar keeps the Palo Alto Networks author/url/email.
void CheckNonXsoarDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                           Emitter& emitter);
// META010: an xsoar-supported pack whose author or url is not the Palo Alto Networks one.
void CheckXsoarDefaults(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// META011: a partner pack without a (non-empty) Author_image.png.
void CheckAuthorImage(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                      Emitter& emitter);
// META013: a certified pack below the use-case maturity bar.
void CheckCertifiedMaturity(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                            Emitter& emitter);
// META015: `created` is not an ISO-8601 timestamp.
void CheckCreatedFormat(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                        Emitter& emitter);
// META016: `marketplaces` holds an unknown value.
void CheckMarketplaces(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                       Emitter& emitter);
// META017: categories/tags/useCases off the approved lists; "Use Case" tag without content.
void CheckApprovedValues(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                         Emitter& emitter);
// META019: a partner integration's parameter uses the `fromlicense` key (placed in its YAML).
void CheckFromLicense(const RuleSpec& rule, const Pack& pack, const CheckContext& context,
                      Emitter& emitter);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_BUILTIN_METADATA_CHECKS_H_
