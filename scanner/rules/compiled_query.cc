#include "rules/compiled_query.h"

#include <algorithm>
#include <string_view>

#include "parse/code_tree.h"

namespace packaudit {
namespace {

int LineOfOffset(std::string_view text, uint32_t offset) {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::string QueryErrorText(TSQueryError error) {
  switch (error) {
    case TSQueryErrorSyntax:
      return "syntax error";
    case TSQueryErrorNodeType:
      return "unknown node type";
    case TSQueryErrorField:
      return "unknown field";
    case TSQueryErrorCapture:
      return "unknown capture";
    case TSQueryErrorStructure:
      return "impossible pattern structure";
    case TSQueryErrorLanguage:
      return "incompatible language";
    default:
      return "error";
  }
}

std::string_view StepString(const TSQuery* query, const TSQueryPredicateStep& step) {
  uint32_t len = 0;
  const char* s = ts_query_string_value_for_id(query, step.value_id, &len);
  return std::string_view(s, len);
}

// Parses one predicate (steps up to a Done step) of pattern `pattern`.
StatusOr<TextPredicate> ParsePredicate(const TSQuery* query, const TSQueryPredicateStep* steps,
                                       uint32_t count) {
  if (count == 0 || steps[0].type != TSQueryPredicateStepTypeString) {
    return Status::Error("predicate without a name");
  }
  const std::string name(StepString(query, steps[0]));
  TextPredicate p;
  if (name == "eq?") {
    p.op = TextPredicate::Op::kEq;
  } else if (name == "not-eq?") {
    p.op = TextPredicate::Op::kNotEq;
  } else if (name == "match?") {
    p.op = TextPredicate::Op::kMatch;
  } else if (name == "not-match?") {
    p.op = TextPredicate::Op::kNotMatch;
  } else if (name == "any-of?") {
    p.op = TextPredicate::Op::kAnyOf;
  } else if (name == "not-any-of?") {
    p.op = TextPredicate::Op::kNotAnyOf;
  } else if (name == "literal?") {
    p.op = TextPredicate::Op::kLiteral;
  } else if (name == "not-literal?") {
    p.op = TextPredicate::Op::kNotLiteral;
  } else {
    return Status::Error("unsupported predicate #" + name);
  }
  if (count < 2 || steps[1].type != TSQueryPredicateStepTypeCapture) {
    return Status::Error("#" + name + " needs a capture as its first argument");
  }
  p.capture = steps[1].value_id;
  for (uint32_t i = 2; i < count; ++i) {
    if (steps[i].type == TSQueryPredicateStepTypeCapture) {
      if (p.op != TextPredicate::Op::kEq && p.op != TextPredicate::Op::kNotEq) {
        return Status::Error("#" + name + " takes strings after its capture");
      }
      p.other_capture = static_cast<int>(steps[i].value_id);
    } else {
      p.values.emplace_back(StepString(query, steps[i]));
    }
  }
  const size_t args = p.values.size() + (p.other_capture >= 0 ? 1 : 0);
  switch (p.op) {
    case TextPredicate::Op::kEq:
    case TextPredicate::Op::kNotEq:
      if (args != 1) return Status::Error("#" + name + " takes a capture and one value");
      break;
    case TextPredicate::Op::kMatch:
    case TextPredicate::Op::kNotMatch: {
      if (p.values.size() != 1) return Status::Error("#" + name + " takes a capture and a regex");
      auto re = std::make_shared<RE2>(p.values[0], RE2::Quiet);
      if (!re->ok()) {
        return Status::Error("#" + name + " regex '" + p.values[0] + "': " + re->error());
      }
      p.regex = std::move(re);
      break;
    }
    case TextPredicate::Op::kAnyOf:
    case TextPredicate::Op::kNotAnyOf:
      if (p.values.empty()) return Status::Error("#" + name + " needs at least one value");
      break;
    case TextPredicate::Op::kLiteral:
    case TextPredicate::Op::kNotLiteral:
      if (args != 0) return Status::Error("#" + name + " takes only a capture");
      break;
  }
  return p;
}

}  // namespace

StatusOr<CompiledQuery> CompileQuery(const QuerySpec& spec) {
  const TSLanguage* language = TreeSitterLanguage(spec.language);
  if (language == nullptr) {
    return Status::Error("no tree-sitter grammar for language '" +
                         std::string(LanguageName(spec.language)) + "'");
  }
  uint32_t error_offset = 0;
  TSQueryError error_type = TSQueryErrorNone;
  TSQuery* raw = ts_query_new(language, spec.query.data(), static_cast<uint32_t>(spec.query.size()),
                              &error_offset, &error_type);
  if (raw == nullptr) {
    const size_t end = spec.query.find_first_of("\n", error_offset);
    std::string near = spec.query.substr(error_offset, std::min<size_t>(end, error_offset + 40) -
                                                           error_offset);
    return Status::Error("query line " + std::to_string(LineOfOffset(spec.query, error_offset)) +
                         ": " + QueryErrorText(error_type) + " near '" + near + "'");
  }
  CompiledQuery compiled;
  compiled.language = spec.language;
  compiled.query = std::shared_ptr<TSQuery>(raw, ts_query_delete);

  const uint32_t captures = ts_query_capture_count(raw);
  if (captures == 0) return Status::Error("query has no capture to mark the finding");
  for (uint32_t i = 0; i < captures; ++i) {
    uint32_t len = 0;
    const char* name = ts_query_capture_name_for_id(raw, i, &len);
    compiled.capture_names.emplace_back(name, len);
  }
  if (spec.capture.empty()) {
    compiled.region_capture = 0;
  } else {
    auto it = std::find(compiled.capture_names.begin(), compiled.capture_names.end(), spec.capture);
    if (it == compiled.capture_names.end()) {
      return Status::Error("capture '@" + spec.capture + "' does not occur in the query");
    }
    compiled.region_capture = static_cast<uint32_t>(it - compiled.capture_names.begin());
  }

  const uint32_t patterns = ts_query_pattern_count(raw);
  compiled.predicates.resize(patterns);
  for (uint32_t pattern = 0; pattern < patterns; ++pattern) {
    uint32_t step_count = 0;
    const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(raw, pattern, &step_count);
    uint32_t start = 0;
    for (uint32_t i = 0; i < step_count; ++i) {
      if (steps[i].type != TSQueryPredicateStepTypeDone) continue;
      auto predicate = ParsePredicate(raw, steps + start, i - start);
      if (!predicate.ok()) {
        const int line =
            LineOfOffset(spec.query, ts_query_start_byte_for_pattern(raw, pattern));
        return Status::Error("query line " + std::to_string(line) + ": " +
                             predicate.status().message());
      }
      compiled.predicates[pattern].push_back(std::move(predicate).value());
      start = i + 1;
    }
  }
  return compiled;
}

}  // namespace packaudit
