#include "engines/clang_matcher.h"

#include <algorithm>
#include <string>
#include <utility>

namespace packaudit {
namespace {

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  if (pattern.empty()) return nullptr;
  auto re = std::make_unique<RE2>(pattern, RE2::Quiet);
  return re->ok() ? std::move(re) : nullptr;
}

bool KindIs(ClangArgSpec::Is is, const CArgument& arg) {
  using K = CArgument::Kind;
  switch (is) {
    case ClangArgSpec::Is::kString:
      return arg.kind == K::kString;
    case ClangArgSpec::Is::kInt:
      return arg.kind == K::kInt;
    case ClangArgSpec::Is::kZero:
      return arg.kind == K::kInt && arg.value == 0;
    case ClangArgSpec::Is::kNull:
      return arg.kind == K::kNull;
    case ClangArgSpec::Is::kName:
      return arg.kind == K::kName;
    case ClangArgSpec::Is::kCall:
      return arg.kind == K::kCall;
    case ClangArgSpec::Is::kLiteral:
      return arg.kind == K::kString || arg.kind == K::kInt || arg.kind == K::kFloat ||
             arg.kind == K::kNull;
    case ClangArgSpec::Is::kNonLiteral:
      return arg.kind == K::kName || arg.kind == K::kCall || arg.kind == K::kOther;
  }
  return false;
}

// First line of a text, shortened, for messages.
std::string ShortText(std::string_view text) {
  const size_t nl = text.find_first_of("\r\n");
  if (nl != std::string_view::npos) text = text.substr(0, nl);
  if (text.size() > 60) return std::string(text.substr(0, 57)) + "...";
  return std::string(text);
}

// The source of a finding, bounded, for its fingerprint.
std::string MatchText(std::string_view source) {
  constexpr size_t kMax = 200;
  return std::string(source.substr(0, kMax));
}

}  // namespace

ClangMatcher::ClangMatcher(const RuleSpec& rule, const ClangSpec& spec)
    : rule_(&rule), spec_(&spec) {
  call_match_ = Compile(spec.call_match);
  string_ = Compile(spec.string);
  for (const std::string& pattern : spec.exclude) {
    if (auto re = Compile(pattern)) exclude_.push_back(std::move(re));
  }
  for (const ClangArgSpec& arg : spec.args) args_.push_back(Arg{&arg, Compile(arg.match)});
}

bool ClangMatcher::ArgHolds(const Arg& arg, const CCall& call) const {
  const ClangArgSpec& spec = *arg.spec;
  if (static_cast<size_t>(spec.index) >= call.args.size()) return false;
  const CArgument& value = call.args[static_cast<size_t>(spec.index)];
  if (!spec.is.empty() && std::none_of(spec.is.begin(), spec.is.end(),
                                       [&](ClangArgSpec::Is is) { return KindIs(is, value); })) {
    return false;
  }
  if (!spec.names.empty()) {
    if (value.kind != CArgument::Kind::kName && value.kind != CArgument::Kind::kCall) return false;
    if (std::find(spec.names.begin(), spec.names.end(), value.text) == spec.names.end()) {
      return false;
    }
  }
  if (!spec.match.empty() && (arg.match == nullptr || !RE2::PartialMatch(value.text, *arg.match))) {
    return false;
  }
  if (spec.min || spec.max) {
    if (value.kind != CArgument::Kind::kInt) return false;
    if (spec.min && value.value < *spec.min) return false;
    if (spec.max && value.value > *spec.max) return false;
  }
  return true;
}

bool ClangMatcher::MatchesCall(const CCall& call) const {
  if (spec_->call.empty() && spec_->call_match.empty()) return false;
  if (call.member && !spec_->member) return false;
  if (!spec_->call.empty()) {
    if (std::find(spec_->call.begin(), spec_->call.end(), call.callee) == spec_->call.end()) {
      return false;
    }
  } else if (call_match_ == nullptr || !RE2::PartialMatch(call.callee, *call_match_)) {
    return false;
  }
  return std::all_of(args_.begin(), args_.end(),
                     [&](const Arg& arg) { return ArgHolds(arg, call); });
}

bool ClangMatcher::MatchesString(const CodeString& literal) const {
  if (string_ == nullptr || !RE2::PartialMatch(literal.value, *string_)) return false;
  return std::none_of(exclude_.begin(), exclude_.end(), [&](const std::unique_ptr<RE2>& re) {
    return RE2::PartialMatch(literal.value, *re);
  });
}

MessageArgs ClangMatcher::ArgsForCall(const CCall& call, std::string_view source) const {
  MessageArgs args(spec_->message_literals.begin(), spec_->message_literals.end());
  for (const auto& [name, from] : spec_->message_args) {
    if (from == "callee") {
      args[name] = call.callee;
    } else if (from == "text") {
      args[name] = ShortText(source);
    } else if (from.rfind("arg", 0) == 0) {
      size_t index = 0;
      for (size_t i = 3; i < from.size(); ++i)
        index = index * 10 + static_cast<size_t>(from[i] - '0');
      args[name] = index < call.args.size() ? ShortText(call.args[index].text) : "";
    }
  }
  return args;
}

MessageArgs ClangMatcher::ArgsForString(const CodeString& literal, std::string_view source) const {
  MessageArgs args(spec_->message_literals.begin(), spec_->message_literals.end());
  for (const auto& [name, from] : spec_->message_args) {
    if (from == "value") args[name] = ShortText(literal.value);
    if (from == "text") args[name] = ShortText(source);
  }
  return args;
}

void ClangMatcher::Scan(const FileUnit& unit, std::set<size_t>& reported, Emitter& emitter) const {
  if (unit.c_facts == nullptr) return;
  const std::string_view text = unit.text->text();
  auto emit = [&](size_t begin, size_t end, const MessageArgs& args) {
    if (!reported.insert(begin).second) return;
    const size_t last = end > begin ? end - 1 : begin;
    emitter.AtBytes(*rule_, *unit.file, unit.MapOffset(begin), unit.MapOffset(last) + 1, args,
                    MatchText(text.substr(begin, end - begin)));
  };
  if (string_ != nullptr) {
    for (const CodeString& literal : unit.c_facts->strings.strings) {
      if (literal.end > text.size() || !MatchesString(literal)) continue;
      const std::string_view source = text.substr(literal.begin, literal.end - literal.begin);
      emit(literal.begin, literal.end, ArgsForString(literal, source));
    }
    return;
  }
  for (const CCall& call : unit.c_facts->calls) {
    // The finding covers the qualified name: std::strcpy(...).
    const size_t begin = call.begin - std::min(call.begin, call.qualifier.size());
    if (call.end > text.size() || !MatchesCall(call)) continue;
    const std::string_view source = text.substr(begin, call.end - begin);
    emit(begin, call.end, ArgsForCall(call, source));
  }
}

}  // namespace packaudit
