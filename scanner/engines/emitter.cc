#include "engines/emitter.h"

#include <algorithm>

namespace packaudit {

std::string FillMessage(std::string_view message, const MessageArgs& args) {
  std::string out;
  out.reserve(message.size());
  size_t i = 0;
  while (i < message.size()) {
    if (message[i] == '{') {
      const size_t close = message.find('}', i + 1);
      if (close != std::string_view::npos) {
        auto it = args.find(message.substr(i + 1, close - i - 1));
        if (it != args.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += message[i++];
  }
  return out;
}

Region RegionOf(const SourceFile& file, size_t begin, size_t end) {
  begin = std::min(begin, file.size());
  end = std::clamp(end, begin, file.size());
  const Position start = file.PositionOf(begin);
  Position stop = file.PositionOf(end);
  Region region{start.line, start.column, stop.line, stop.column};
  if (region.end_line == region.start_line && region.end_column <= region.start_column) {
    region.end_column = region.start_column + 1;
  }
  return region;
}

Finding& Emitter::AtBytes(const RuleSpec& rule, const SourceFile& file, size_t begin, size_t end,
                          const MessageArgs& args, std::string match_text) {
  Finding f;
  f.rule_id = rule.id;
  f.severity = rule.severity;
  f.path = file.path();
  f.region = RegionOf(file, begin, end);
  f.message = FillMessage(rule.message, args);
  f.match_text = std::move(match_text);
  f.redact = rule.redact;
  findings_.push_back(std::move(f));
  return findings_.back();
}

Finding& Emitter::AtLine(const RuleSpec& rule, const SourceFile& file, int line,
                         const MessageArgs& args, std::string match_text) {
  return AtBytes(rule, file, file.LineStart(line), file.LineEnd(line), args, std::move(match_text));
}

void Emitter::AtPosition(std::string rule_id, Severity severity, const SourceFile& file,
                         Position position, std::string message) {
  Finding f;
  f.rule_id = std::move(rule_id);
  f.severity = severity;
  f.path = file.path();
  const size_t offset = file.OffsetOf(position);
  f.region = RegionOf(file, offset, offset);
  f.message = std::move(message);
  // The fingerprint keys on the line's text, not on the message: messages may name byte offsets
  // that move when lines are added above.
  f.match_text = std::string(file.Line(position.line));
  findings_.push_back(std::move(f));
}

}  // namespace packaudit
