#include "annotations.h"

#include <re2/re2.h>

#include <sstream>

namespace packaudit {
namespace {

const RE2& AnnotationPattern() {
  static const RE2 re(R"(\b(ruleid|ok):\s*([A-Z]+[0-9]{3}(?:\s*,\s*[A-Z]+[0-9]{3})*))");
  return re;
}

std::vector<std::string> SplitIds(const std::string& ids) {
  std::vector<std::string> out;
  std::string id;
  std::stringstream ss(ids);
  while (std::getline(ss, id, ',')) {
    const auto b = id.find_first_not_of(" \t");
    const auto e = id.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(id.substr(b, e - b + 1));
  }
  return out;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      std::string_view line = text.substr(start, i - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (i < text.size() || !line.empty()) lines.push_back(line);
      start = i + 1;
    }
  }
  return lines;
}

}  // namespace

std::vector<Expectation> ParseInlineAnnotations(const std::string& path, std::string_view text) {
  std::vector<Expectation> out;
  const std::vector<std::string_view> lines = Lines(text);
  std::vector<Expectation> pending;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string kind, ids;
    if (RE2::PartialMatch(lines[i], AnnotationPattern(), &kind, &ids)) {
      for (const auto& id : SplitIds(ids)) {
        Expectation e;
        e.path = path;
        e.rule_id = id;
        e.expect_finding = kind == "ruleid";
        e.origin = path + ":" + std::to_string(i + 1);
        pending.push_back(e);
      }
      continue;
    }
    for (auto& e : pending) {
      e.line = static_cast<int>(i + 1);
      out.push_back(std::move(e));
    }
    pending.clear();
  }
  for (auto& e : pending) {  // annotations at the end of a file point past it: never satisfied
    e.line = static_cast<int>(lines.size() + 1);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Expectation> ParseSidecar(const std::string& path, std::string_view text,
                                      std::vector<std::string>* errors) {
  static const RE2 kLine(R"(\s*([0-9]+)\s*:\s*(ruleid|ok)\s*:\s*([A-Z]+[0-9]{3}(?:\s*,\s*[A-Z]+[0-9]{3})*)\s*)");
  std::vector<Expectation> out;
  const std::vector<std::string_view> lines = Lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find_first_not_of(" \t") == std::string_view::npos) continue;
    int line = 0;
    std::string kind, ids;
    if (!RE2::FullMatch(lines[i], kLine, &line, &kind, &ids)) {
      errors->push_back(path + ".expect:" + std::to_string(i + 1) +
                        ": expected '<line>: ruleid|ok: ID'");
      continue;
    }
    for (const auto& id : SplitIds(ids)) {
      Expectation e;
      e.path = path;
      e.line = line;
      e.rule_id = id;
      e.expect_finding = kind == "ruleid";
      e.origin = path + ".expect:" + std::to_string(i + 1);
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace packaudit
