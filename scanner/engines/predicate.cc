#include "engines/predicate.h"

#include <algorithm>

namespace packaudit {

Status PredicateEvaluator::Add(const std::vector<FieldPredicate>& predicates,
                               const std::string& source) {
  for (const FieldPredicate& p : predicates) {
    if (p.op != FieldPredicate::Op::kMatches && p.op != FieldPredicate::Op::kNotMatches) continue;
    auto re = std::make_unique<RE2>(p.values.front(), RE2::Quiet);
    if (!re->ok()) return Status::Error(source + ": " + p.path + ": " + re->error());
    regexes_[&p] = std::move(re);
  }
  return Status::Ok();
}

bool PredicateEvaluator::Holds(const FieldPredicate& p, const DocNode& root) const {
  const DocNode* node = root.Find(p.path);
  const std::string_view text = node != nullptr ? node->Text() : std::string_view();
  const bool in_values = node != nullptr && node->IsScalar() &&
                         std::find(p.values.begin(), p.values.end(), text) != p.values.end();
  using Op = FieldPredicate::Op;
  switch (p.op) {
    case Op::kExists:
      return node != nullptr;
    case Op::kMissing:
      return node == nullptr;
    case Op::kEmpty:
      return node == nullptr || node->Empty();
    case Op::kNonEmpty:
      return node != nullptr && !node->Empty();
    case Op::kEquals:
    case Op::kIn:
      return in_values;
    case Op::kNotEquals:
    case Op::kNotIn:
      return !in_values;
    case Op::kMatches:
    case Op::kNotMatches: {
      auto it = regexes_.find(&p);
      const bool matched = node != nullptr && node->IsScalar() && it != regexes_.end() &&
                           RE2::PartialMatch(text, *it->second);
      return p.op == Op::kMatches ? matched : !matched;
    }
  }
  return false;
}

bool PredicateEvaluator::AllHold(const std::vector<FieldPredicate>& predicates,
                                 const DocNode& root) const {
  return std::all_of(predicates.begin(), predicates.end(),
                     [&](const FieldPredicate& p) { return Holds(p, root); });
}

}  // namespace packaudit
