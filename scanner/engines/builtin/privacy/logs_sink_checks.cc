// PRIV006, PRIV007 and PRIV010: one pass each over the sinks of a unit (logs_walk.h), reporting
// every sensitive part of a value that reaches a sink of the rule's kind, at the part.
//   PRIV006  log sink, part named like a secret / auth-capable header set / whole params;
//            severity note when the value is registered with add_sensitive_log_strs.
//   PRIV007  log sink, personal data / raw payload / whole incident or event / whole args.
//   PRIV010  War Room sink, part named like a secret / whole params (headers are not counted:
//            e-mail headers are ordinary War Room content).
// Vendored runtime files (CommonServerPython.py, ...) are not checked.
#include <set>
#include <string>

#include "core/severity.h"
#include "engines/builtin/code/tree_walk.h"
#include "engines/builtin/privacy/checks_logs.h"
#include "engines/builtin/privacy/logs_walk.h"

namespace packaudit {
namespace {

using privacy_logs::PartKind;
using privacy_logs::Sink;
using privacy_logs::SinkKind;
using privacy_logs::TaintedPart;
using privacy_logs::UnitFacts;

enum class Target { kSecretsLogged, kPersonalDataLogged, kSecretsInWarRoom };

// What the message says about the part (never its value).
std::string Describe(const TaintedPart& part) {
  const std::string name = "`" + part.name + "`";
  std::string what;
  switch (part.kind) {
    case PartKind::kSecret:
      what = name + " (named like a secret)";
      break;
    case PartKind::kHeaders:
      what = name + " (a header set that may hold the Authorization header)";
      break;
    case PartKind::kWholeParams:
      what = "the whole integration parameters " + name + " (credentials included)";
      break;
    case PartKind::kPii:
      what = name + " (named like personal data)";
      break;
    case PartKind::kRawPayload:
      what = "the raw API payload " + name;
      break;
    case PartKind::kRecord:
      what = "the whole incident or event " + name;
      break;
    case PartKind::kWholeArgs:
      what = "the whole command arguments " + name + " (may carry personal data)";
      break;
  }
  return part.via.empty() ? what : "`" + part.via + "`, which holds " + what;
}

bool Wanted(Target target, PartKind kind) {
  switch (target) {
    case Target::kSecretsLogged:
      return kind == PartKind::kSecret || kind == PartKind::kHeaders ||
             kind == PartKind::kWholeParams;
    case Target::kPersonalDataLogged:
      return kind == PartKind::kPii || kind == PartKind::kRawPayload || kind == PartKind::kRecord ||
             kind == PartKind::kWholeArgs;
    case Target::kSecretsInWarRoom:
      return kind == PartKind::kSecret || kind == PartKind::kWholeParams;
  }
  return false;
}

void Run(Target target, const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  if (unit.tree == nullptr || tree_checks::IsVendoredRuntimeFile(unit)) return;
  const UnitFacts facts(unit);
  const SinkKind sink_kind =
      target == Target::kSecretsInWarRoom ? SinkKind::kWarRoom : SinkKind::kLog;
  for (const Sink& sink : facts.sinks()) {
    if (sink.kind != sink_kind) continue;
    std::set<std::string> reported;  // one finding per name and sink: f"{token} {token}"
    for (const TaintedPart& part : facts.PartsOf(sink)) {
      if (!Wanted(target, part.kind)) continue;
      if (!reported.insert(part.via + "|" + part.name).second) continue;
      std::string detail;
      const bool masked = target == Target::kSecretsLogged && part.masked;
      if (masked) {
        detail =
            "; it is registered with add_sensitive_log_strs, so the log masks it (keep every "
            "logged form of it registered)";
      }
      const uint32_t begin = ts_node_start_byte(part.node);
      const uint32_t end = ts_node_end_byte(part.node);
      Finding& finding = emitter.AtBytes(
          rule, *unit.file, unit.MapOffset(begin),
          end > begin ? unit.MapOffset(end - 1) + 1 : unit.MapOffset(begin),
          MessageArgs{{"sink", sink.name}, {"what", Describe(part)}, {"detail", detail}},
          sink.name + "|" + part.via + "|" + part.name);
      if (masked) finding.severity = Severity::kNote;
    }
  }
}

}  // namespace

void CheckSecretsLogged(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  Run(Target::kSecretsLogged, rule, unit, emitter);
}

void CheckPersonalDataLogged(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  Run(Target::kPersonalDataLogged, rule, unit, emitter);
}

void CheckSecretsInWarRoom(const RuleSpec& rule, const FileUnit& unit, Emitter& emitter) {
  Run(Target::kSecretsInWarRoom, rule, unit, emitter);
}

}  // namespace packaudit
