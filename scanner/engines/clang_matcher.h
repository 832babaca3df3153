// ClangMatcher: one [[clang]] table of a rule (rules/rule_spec.h ClangSpec), compiled once, and
// matched against the facts of a C or C++ file (parse/c_facts.h): call sites by callee and
// argument conditions, or string literals by value. Run by the query engine. Immutable after
// construction; Scan() is const and thread-safe.
#ifndef PACKAUDIT_ENGINES_CLANG_MATCHER_H_
#define PACKAUDIT_ENGINES_CLANG_MATCHER_H_

#include <re2/re2.h>

#include <cstddef>
#include <memory>
#include <set>
#include <vector>

#include "engines/emitter.h"
#include "engines/file_unit.h"
#include "parse/c_facts.h"
#include "rules/rule_spec.h"

namespace packaudit {

class ClangMatcher {
 public:
  // `rule` and `spec` must outlive the matcher; the loader has checked that the patterns compile
  // (one that does not never matches).
  ClangMatcher(const RuleSpec& rule, const ClangSpec& spec);

  const RuleSpec& rule() const { return *rule_; }

  // Whether the table matches a call site / a string literal.
  bool MatchesCall(const CCall& call) const;
  bool MatchesString(const CodeString& literal) const;

  // Emits a finding of the rule for each call or string literal of `unit.c_facts` that matches,
  // except at places listed in `reported` (begin offsets; the rule's other tables share it so a
  // place is reported once per rule). Adds the places it reports to `reported`.
  void Scan(const FileUnit& unit, std::set<size_t>& reported, Emitter& emitter) const;

 private:
  struct Arg {
    const ClangArgSpec* spec = nullptr;
    std::unique_ptr<RE2> match;
  };
  bool ArgHolds(const Arg& arg, const CCall& call) const;
  MessageArgs ArgsForCall(const CCall& call, std::string_view source) const;
  MessageArgs ArgsForString(const CodeString& literal, std::string_view source) const;

  const RuleSpec* rule_;
  const ClangSpec* spec_;
  std::unique_ptr<RE2> call_match_;
  std::unique_ptr<RE2> string_;
  std::vector<std::unique_ptr<RE2>> exclude_;
  std::vector<Arg> args_;
};

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_CLANG_MATCHER_H_
