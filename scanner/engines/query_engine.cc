#include "engines/query_engine.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <string_view>
#include <vector>

namespace packaudit {
namespace {

// Node types that are constant literals, per language.
bool IsLiteralType(std::string_view type, Language language) {
  static const std::set<std::string_view> kPython = {
      "string", "concatenated_string", "integer", "float", "true", "false", "none"};
  static const std::set<std::string_view> kJavaScript = {
      "string", "template_string", "number", "true", "false", "null", "undefined"};
  static const std::set<std::string_view> kPowerShell = {
      "string_literal", "verbatim_string_characters", "integer_literal", "real_literal",
      "verbatim_here_string_characters"};
  switch (language) {
    case Language::kPython:
      return kPython.count(type) > 0;
    case Language::kJavaScript:
      return kJavaScript.count(type) > 0;
    case Language::kPowerShell:
      return kPowerShell.count(type) > 0;
    default:
      return false;
  }
}

// Descendant types that make a string-looking node dynamic.
bool IsDynamicPart(std::string_view type) {
  return type == "interpolation" || type == "template_substitution" || type == "variable" ||
         type == "sub_expression" || type == "expandable_string_literal";
}

// Iterative (code trees can be very deep): any named descendant that is a dynamic part.
bool HasDynamicDescendant(TSNode node) {
  std::vector<TSNode> stack = {node};
  while (!stack.empty()) {
    const TSNode current = stack.back();
    stack.pop_back();
    const uint32_t count = ts_node_named_child_count(current);
    for (uint32_t i = 0; i < count; ++i) {
      TSNode child = ts_node_named_child(current, i);
      if (IsDynamicPart(ts_node_type(child))) return true;
      stack.push_back(child);
    }
  }
  return false;
}

std::string_view CaptureText(const CodeTree& tree, const TSQueryMatch& match, uint32_t capture,
                             bool* found) {
  for (uint16_t i = 0; i < match.capture_count; ++i) {
    if (match.captures[i].index == capture) {
      *found = true;
      return tree.NodeText(match.captures[i].node);
    }
  }
  *found = false;
  return {};
}

bool PredicateHolds(const TextPredicate& p, const CodeTree& tree, const TSQueryMatch& match) {
  bool found = false;
  const std::string_view text = CaptureText(tree, match, p.capture, &found);
  if (!found) return true;  // an optional capture that did not match constrains nothing
  using Op = TextPredicate::Op;
  switch (p.op) {
    case Op::kEq:
    case Op::kNotEq: {
      bool equal;
      if (p.other_capture >= 0) {
        bool other_found = false;
        const std::string_view other =
            CaptureText(tree, match, static_cast<uint32_t>(p.other_capture), &other_found);
        equal = other_found && other == text;
      } else {
        equal = text == p.values[0];
      }
      return p.op == Op::kEq ? equal : !equal;
    }
    case Op::kMatch:
    case Op::kNotMatch: {
      const bool matched = RE2::PartialMatch(text, *p.regex);
      return p.op == Op::kMatch ? matched : !matched;
    }
    case Op::kAnyOf:
    case Op::kNotAnyOf: {
      const bool any = std::find(p.values.begin(), p.values.end(), text) != p.values.end();
      return p.op == Op::kAnyOf ? any : !any;
    }
    case Op::kLiteral:
    case Op::kNotLiteral: {
      bool literal = false;
      for (uint16_t i = 0; i < match.capture_count; ++i) {
        if (match.captures[i].index == p.capture) {
          literal = IsLiteralNode(match.captures[i].node, tree.language());
          break;
        }
      }
      return p.op == Op::kLiteral ? literal : !literal;
    }
  }
  return false;
}

// First line of a capture's text, shortened, for messages.
std::string ShortText(std::string_view text) {
  const size_t nl = text.find_first_of("\r\n");
  if (nl != std::string_view::npos) text = text.substr(0, nl);
  if (text.size() > 60) return std::string(text.substr(0, 57)) + "...";
  return std::string(text);
}

}  // namespace

bool IsLiteralNode(TSNode node, Language language) {
  if (!IsLiteralType(ts_node_type(node), language)) return false;
  return !HasDynamicDescendant(node);
}

StatusOr<std::unique_ptr<QueryEngine>> QueryEngine::Build(
    const std::vector<const RuleSpec*>& rules) {
  auto engine = std::unique_ptr<QueryEngine>(new QueryEngine());
  for (const RuleSpec* rule : rules) {
    if (!rule->clang.empty()) {  // with any engine: [[query]], [builtin] or none
      std::vector<ClangMatcher> matchers;
      for (const ClangSpec& spec : rule->clang) matchers.emplace_back(*rule, spec);
      engine->clang_rules_.push_back(std::move(matchers));
    }
    if (rule->engine != EngineKind::kQuery) continue;
    for (const QuerySpec& spec : rule->queries) {
      if (spec.compiled != nullptr) {  // compiled once by the loader
        engine->entries_.push_back(Entry{rule, *spec.compiled});
        continue;
      }
      auto compiled = CompileQuery(spec);
      if (!compiled.ok()) {
        return Status::Error(rule->source + ":" + std::to_string(spec.line) +
                             ": query.query: " + compiled.status().message());
      }
      engine->entries_.push_back(Entry{rule, std::move(compiled).value()});
    }
  }
  return engine;
}

void QueryEngine::ScanClang(const FileUnit& unit, Emitter& emitter) const {
  for (const std::vector<ClangMatcher>& matchers : clang_rules_) {
    const auto& kinds = matchers.front().rule().file_kinds;
    if (!std::binary_search(kinds.begin(), kinds.end(), unit.kind)) continue;
    std::set<size_t> reported;
    for (const ClangMatcher& matcher : matchers) matcher.Scan(unit, reported, emitter);
  }
}

void QueryEngine::Scan(const FileUnit& unit, Emitter& emitter) const {
  if (unit.c_facts != nullptr) ScanClang(unit, emitter);
  if (unit.tree == nullptr) return;
  const CodeTree& tree = *unit.tree;
  TSQueryCursor* cursor = ts_query_cursor_new();
  for (const Entry& entry : entries_) {
    if (entry.query.language != tree.language()) continue;
    const auto& kinds = entry.rule->file_kinds;
    if (!std::binary_search(kinds.begin(), kinds.end(), unit.kind)) continue;
    ts_query_cursor_exec(cursor, entry.query.query.get(), tree.root());
    TSQueryMatch match;
    while (ts_query_cursor_next_match(cursor, &match)) {
      const auto& predicates = entry.query.predicates[match.pattern_index];
      const bool holds = std::all_of(predicates.begin(), predicates.end(), [&](const auto& p) {
        return PredicateHolds(p, tree, match);
      });
      if (!holds) continue;
      MessageArgs args;
      const TSNode* region = nullptr;
      for (uint16_t i = 0; i < match.capture_count; ++i) {
        const auto& capture = match.captures[i];
        const std::string& name = entry.query.capture_names[capture.index];
        if (args.find(name) == args.end()) args[name] = ShortText(tree.NodeText(capture.node));
        if (capture.index == entry.query.region_capture && region == nullptr) {
          region = &capture.node;
        }
      }
      if (region == nullptr) continue;
      const uint32_t begin = ts_node_start_byte(*region);
      const uint32_t end = ts_node_end_byte(*region);
      emitter.AtBytes(*entry.rule, *unit.file, unit.MapOffset(begin),
                      end > begin ? unit.MapOffset(end - 1) + 1 : unit.MapOffset(begin), args,
                      std::string(tree.NodeText(*region)));
    }
  }
  ts_query_cursor_delete(cursor);
}

}  // namespace packaudit
