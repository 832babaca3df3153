// UnitFacts collection: one pass over the unit's tree that records the sinks (log calls and War
// Room outputs), the bindings (`x = ...`, for-loop targets), declared parameters, the values
// registered with the masking helpers and the receivers of `.update(...)`.
//
// Sinks per language:
//   Python      log: demisto.debug/info/error/log, LOG(...), print(...), logging.<level>(...),
//               <logger|log|LOG>.<level>(...), logging.getLogger(...).<level>(...);
//               War Room: tableToMarkdown(name, t), CommandResults(outputs=, readable_output=,
//               raw_response=), return_outputs(...), return_results/demisto.results/
//               return_error/return_warning(...). A `readable_output = f"...{token}"` reaches
//               them through the part walker, which follows a variable to its binding.
//   JavaScript  log: console.log/info/warn/error/debug, log, logDebug, logInfo, logError;
//               War Room: tableToMarkdown(...), `HumanReadable:`, `EntryContext:`, `Contents:`.
//   PowerShell  log: Write-Host/Verbose/Debug/Information/Warning/Error, $demisto.Debug/Info/
//               Error/Log(...); War Room: ReturnOutputs, ReturnError, TableToMarkdown,
//               $demisto.Results(...). Write-Output is the pipeline's return value, not a log.
#include <array>
#include <cctype>
#include <cstring>

#include "core/text.h"
#include "engines/builtin/privacy/logs_walk.h"

namespace packaudit::privacy_logs {
namespace {

bool TypeIs(TSNode node, const char* type) { return std::strcmp(ts_node_type(node), type) == 0; }

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& list, std::string_view value) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

// `$Script:Token`, `${token}` -> "token" (PowerShell names are case-insensitive).
std::string PowerShellName(std::string_view text) {
  while (!text.empty() && (text.front() == '$' || text.front() == '{')) text.remove_prefix(1);
  while (!text.empty() && text.back() == '}') text.remove_suffix(1);
  const size_t colon = text.find(':');
  if (colon != std::string_view::npos) {
    const std::string scope = Lower(text.substr(0, colon));
    if (scope == "script" || scope == "global" || scope == "local" || scope == "private") {
      text.remove_prefix(colon + 1);
    }
  }
  return "$" + Lower(text);
}

constexpr std::array<std::string_view, 9> kLogLevels = {
    "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"};

constexpr std::array<std::string_view, 5> kPythonDirectLogs = {
    "demisto.debug", "demisto.info", "demisto.error", "demisto.log", "LOG"};

constexpr std::array<std::string_view, 4> kPythonResultCalls = {"return_results", "demisto.results",
                                                                "return_error", "return_warning"};

constexpr std::array<std::string_view, 10> kJavaScriptLogs = {
    "console.log", "console.info", "console.warn", "console.error", "console.debug",
    "log",         "logDebug",     "logInfo",      "logError",      "logWarning"};

constexpr std::array<std::string_view, 3> kJavaScriptEntryKeys = {"HumanReadable", "EntryContext",
                                                                  "Contents"};

constexpr std::array<std::string_view, 6> kPowerShellLogCmdlets = {
    "write-host",        "write-verbose", "write-debug",
    "write-information", "write-warning", "write-error"};

constexpr std::array<std::string_view, 3> kPowerShellWarRoomCommands = {
    "returnoutputs", "returnerror", "tabletomarkdown"};

// Whether `object` (the receiver of `.<level>(...)`) is a logger.
bool IsLoggerObject(std::string_view object) {
  if (object.rfind("logging.getLogger(", 0) == 0) return true;
  const size_t dot = object.rfind('.');
  std::string last = Lower(dot == std::string_view::npos ? object : object.substr(dot + 1));
  while (!last.empty() && last.front() == '_') last.erase(0, 1);
  return last == "logging" || last == "logger" || last == "log" || last == "integration_logger";
}

}  // namespace

void UnitFacts::Collect() {
  std::vector<TSNode> stack = {unit_.tree->root()};
  while (!stack.empty()) {
    const TSNode node = stack.back();
    stack.pop_back();
    switch (language_) {
      case Language::kPython:
        CollectPython(node);
        break;
      case Language::kJavaScript:
        CollectJavaScript(node);
        break;
      case Language::kPowerShell:
        CollectPowerShell(node);
        break;
      default:
        return;
    }
    for (uint32_t i = ts_node_named_child_count(node); i > 0; --i) {
      stack.push_back(ts_node_named_child(node, i - 1));
    }
  }
}

void UnitFacts::CollectPython(TSNode node) {
  if (TypeIs(node, "assignment")) {
    const TSNode left = ts_node_child_by_field_name(node, "left", 4);
    const TSNode right = ts_node_child_by_field_name(node, "right", 5);
    if (ts_node_is_null(left) || ts_node_is_null(right)) return;
    if (TypeIs(left, "identifier") || TypeIs(left, "attribute") || TypeIs(left, "subscript")) {
      bindings_.push_back(Binding{std::string(Text(left)), right, ScopeOf(node), false, left});
    }
    return;
  }
  if (TypeIs(node, "for_statement")) {
    const TSNode left = ts_node_child_by_field_name(node, "left", 4);
    const TSNode right = ts_node_child_by_field_name(node, "right", 5);
    if (!ts_node_is_null(left) && !ts_node_is_null(right) && TypeIs(left, "identifier")) {
      bindings_.push_back(Binding{std::string(Text(left)), right, ScopeOf(left), true, left});
    }
    return;
  }
  if (TypeIs(node, "parameters")) {
    const TSNode scope = ts_node_parent(node);
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      TSNode param = ts_node_named_child(node, i);
      const bool defaulted =
          TypeIs(param, "default_parameter") || TypeIs(param, "typed_default_parameter");
      if (defaulted) {
        param = ts_node_child_by_field_name(param, "name", 4);
      } else if (TypeIs(param, "typed_parameter")) {
        param = ts_node_named_child(param, 0);
      }
      if (!ts_node_is_null(param) && TypeIs(param, "identifier")) {
        parameters_.emplace_back(scope, std::string(Text(param)));
        if (defaulted) defaulted_.emplace_back(scope, std::string(Text(param)));
      }
    }
    return;
  }
  if (!TypeIs(node, "call")) return;
  const TSNode function = ts_node_child_by_field_name(node, "function", 8);
  const TSNode arguments = ts_node_child_by_field_name(node, "arguments", 9);
  if (ts_node_is_null(function) || ts_node_is_null(arguments) ||
      !TypeIs(arguments, "argument_list")) {
    return;
  }
  const std::string_view name = Text(function);
  std::vector<TSNode> positional;
  std::vector<std::pair<std::string_view, TSNode>> keywords;
  for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
    const TSNode argument = ts_node_named_child(arguments, i);
    if (TypeIs(argument, "comment")) continue;
    if (TypeIs(argument, "keyword_argument")) {
      const TSNode key = ts_node_child_by_field_name(argument, "name", 4);
      const TSNode value = ts_node_child_by_field_name(argument, "value", 5);
      if (!ts_node_is_null(key) && !ts_node_is_null(value)) keywords.emplace_back(Text(key), value);
      continue;
    }
    if (TypeIs(argument, "dictionary_splat")) continue;
    positional.push_back(argument);
  }
  std::string method;
  std::string object;
  if (TypeIs(function, "attribute")) {
    const TSNode attribute = ts_node_child_by_field_name(function, "attribute", 9);
    const TSNode receiver = ts_node_child_by_field_name(function, "object", 6);
    if (!ts_node_is_null(attribute)) method = std::string(Text(attribute));
    if (!ts_node_is_null(receiver)) object = std::string(Text(receiver));
  }
  const bool masking = name == "add_sensitive_log_strs" || method == "add_sensitive_log_strs" ||
                       method == "add_replace_strs";
  if (masking) {
    for (TSNode argument : positional) {
      masked_texts_.emplace_back(Text(argument));
      const std::vector<TaintedPart> parts = PartsOfValue(argument);
      for (const TaintedPart& part : parts) masked_names_.push_back(part.name);
    }
    return;
  }
  if (method == "update" && !object.empty()) updated_targets_.push_back(object);

  if (OneOf(kPythonDirectLogs, name) || name == "print" ||
      (!method.empty() && OneOf(kLogLevels, method) && IsLoggerObject(object))) {
    sinks_.push_back(Sink{node, SinkKind::kLog, std::string(name) + "(...)", positional});
    return;
  }
  if (name == "tableToMarkdown") {
    Sink sink{node, SinkKind::kWarRoom, "tableToMarkdown(...)", {}};
    for (size_t i = 0; i < positional.size() && i < 2; ++i) sink.values.push_back(positional[i]);
    for (const auto& [key, value] : keywords) {
      if (key == "t" || key == "name") sink.values.push_back(value);
    }
    sinks_.push_back(std::move(sink));
    return;
  }
  if (name == "CommandResults" || name == "return_outputs") {
    for (const auto& [key, value] : keywords) {
      if (key == "outputs" || key == "readable_output" || key == "raw_response") {
        sinks_.push_back(Sink{
            value, SinkKind::kWarRoom, std::string(name) + "(" + std::string(key) + "=)", {value}});
      }
    }
    if (name == "return_outputs") {
      for (size_t i = 0; i < positional.size() && i < 3; ++i) {
        sinks_.push_back(
            Sink{positional[i], SinkKind::kWarRoom, "return_outputs(...)", {positional[i]}});
      }
    }
    return;
  }
  if (OneOf(kPythonResultCalls, name)) {
    sinks_.push_back(Sink{node, SinkKind::kWarRoom, std::string(name) + "(...)", positional});
  }
}

void UnitFacts::CollectJavaScript(TSNode node) {
  if (TypeIs(node, "variable_declarator")) {
    const TSNode name = ts_node_child_by_field_name(node, "name", 4);
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (!ts_node_is_null(name) && !ts_node_is_null(value) && TypeIs(name, "identifier")) {
      bindings_.push_back(Binding{std::string(Text(name)), value, ScopeOf(node), false, name});
    } else if (!ts_node_is_null(name) && TypeIs(name, "identifier")) {
      parameters_.emplace_back(ScopeOf(node), std::string(Text(name)));
    }
    return;
  }
  if (TypeIs(node, "assignment_expression")) {
    const TSNode left = ts_node_child_by_field_name(node, "left", 4);
    const TSNode right = ts_node_child_by_field_name(node, "right", 5);
    if (!ts_node_is_null(left) && !ts_node_is_null(right)) {
      bindings_.push_back(Binding{std::string(Text(left)), right, ScopeOf(node), false, left});
    }
    return;
  }
  if (TypeIs(node, "formal_parameters")) {
    const TSNode scope = ts_node_parent(node);
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      TSNode param = ts_node_named_child(node, i);
      const bool defaulted = TypeIs(param, "assignment_pattern");
      if (defaulted) param = ts_node_child_by_field_name(param, "left", 4);
      if (!ts_node_is_null(param) && TypeIs(param, "identifier")) {
        parameters_.emplace_back(scope, std::string(Text(param)));
        if (defaulted) defaulted_.emplace_back(scope, std::string(Text(param)));
      }
    }
    return;
  }
  if (TypeIs(node, "pair")) {
    const TSNode key = ts_node_child_by_field_name(node, "key", 3);
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    if (ts_node_is_null(key) || ts_node_is_null(value)) return;
    std::optional<std::string> name = StringValue(key);
    if (!name && TypeIs(key, "property_identifier")) name = std::string(Text(key));
    if (name && OneOf(kJavaScriptEntryKeys, *name)) {
      sinks_.push_back(Sink{node, SinkKind::kWarRoom, *name + ":", {value}});
    }
    return;
  }
  if (!TypeIs(node, "call_expression")) return;
  const TSNode function = ts_node_child_by_field_name(node, "function", 8);
  const TSNode arguments = ts_node_child_by_field_name(node, "arguments", 9);
  if (ts_node_is_null(function) || ts_node_is_null(arguments)) return;
  const std::string_view name = Text(function);
  std::vector<TSNode> values;
  for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
    const TSNode argument = ts_node_named_child(arguments, i);
    if (!TypeIs(argument, "comment")) values.push_back(argument);
  }
  if (OneOf(kJavaScriptLogs, name)) {
    sinks_.push_back(Sink{node, SinkKind::kLog, std::string(name) + "(...)", values});
  } else if (name == "tableToMarkdown") {
    if (values.size() > 2) values.resize(2);
    sinks_.push_back(Sink{node, SinkKind::kWarRoom, "tableToMarkdown(...)", values});
  }
}

void UnitFacts::CollectPowerShell(TSNode node) {
  if (TypeIs(node, "assignment_expression")) {
    const TSNode value = ts_node_child_by_field_name(node, "value", 5);
    const TSNode left = ts_node_named_child(node, 0);
    if (ts_node_is_null(value) || ts_node_is_null(left)) return;
    const TSNode target = Unwrap(left);
    if (TypeIs(target, "variable")) {
      bindings_.push_back(
          Binding{PowerShellName(Text(target)), value, ScopeOf(node), false, target});
    } else if (TypeIs(target, "element_access") || TypeIs(target, "member_access")) {
      bindings_.push_back(Binding{Lower(Text(target)), value, ScopeOf(node), false, target});
    }
    return;
  }
  if (TypeIs(node, "command")) {
    const TSNode command_name = ts_node_child_by_field_name(node, "command_name", 12);
    const TSNode elements = ts_node_child_by_field_name(node, "command_elements", 16);
    if (ts_node_is_null(command_name) || ts_node_is_null(elements)) return;
    const std::string name = Lower(Text(command_name));
    const bool log = OneOf(kPowerShellLogCmdlets, name);
    if (!log && !OneOf(kPowerShellWarRoomCommands, name)) return;
    Sink sink{node, log ? SinkKind::kLog : SinkKind::kWarRoom, std::string(Text(command_name)), {}};
    for (uint32_t i = 0; i < ts_node_named_child_count(elements); ++i) {
      const TSNode element = ts_node_named_child(elements, i);
      if (TypeIs(element, "command_argument_sep") || TypeIs(element, "command_parameter") ||
          TypeIs(element, "generic_token") || TypeIs(element, "comment")) {
        continue;
      }
      sink.values.push_back(element);
    }
    sinks_.push_back(std::move(sink));
    return;
  }
  if (!TypeIs(node, "invokation_expression")) return;
  const uint32_t count = ts_node_named_child_count(node);
  if (count < 3) return;
  const TSNode object = ts_node_named_child(node, 0);
  const TSNode member = ts_node_named_child(node, 1);
  const TSNode arguments = ts_node_named_child(node, count - 1);
  if (!TypeIs(object, "variable") || Lower(Text(object)) != "$demisto" ||
      !TypeIs(arguments, "argument_list")) {
    return;
  }
  const std::string method = Lower(Text(member));
  const bool log = method == "debug" || method == "info" || method == "error" || method == "log";
  if (!log && method != "results") return;
  Sink sink{node,
            log ? SinkKind::kLog : SinkKind::kWarRoom,
            "$demisto." + std::string(Text(member)) + "(...)",
            {}};
  for (uint32_t i = 0; i < ts_node_named_child_count(arguments); ++i) {
    sink.values.push_back(ts_node_named_child(arguments, i));
  }
  sinks_.push_back(std::move(sink));
}

}  // namespace packaudit::privacy_logs
