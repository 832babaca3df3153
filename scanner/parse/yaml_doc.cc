#include "parse/yaml_doc.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <exception>
#include <istream>
#include <map>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

#include "parse/diagnostic_position.h"
#include "parse/position_cursor.h"
#include "parse/yaml_layout.h"

namespace packaudit {
namespace {

// Bounds on what one document may expand to (aliases copy their anchor's subtree).
constexpr size_t kMaxNodes = 1'000'000;
constexpr size_t kMaxScalarBytes = 64 * 1024 * 1024;
constexpr int kMaxDepth = 1000;

constexpr char kTooLarge[] = "YAML document too large or too deeply nested.";

// Thrown by the event handler (through yaml-cpp) to stop a document that exceeds the bounds.
struct LimitExceeded {
  YAML::Mark mark;
};

// Reads a string_view as an istream without copying it.
class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

bool IsFlowIndicatorOrBlank(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ' ' || c == '\t' ||
         c == '\r' || c == '\n';
}

bool StartsWithNullLiteral(std::string_view text) {
  for (const std::string_view word : {"~", "null", "Null", "NULL"}) {
    if (!text.starts_with(word)) continue;
    if (text.size() == word.size() || IsFlowIndicatorOrBlank(text[word.size()]) ||
        text[word.size()] == '#') {
      return true;
    }
  }
  return false;
}

// Builds a DocNode tree from yaml-cpp's parse events, with positions from the raw bytes.
class DocBuilder : public YAML::EventHandler {
 public:
  DocBuilder(const SourceFile& file, size_t base)
      : file_(file), text_(file.text()), base_(base), cursor_(file) {}

  DocNode TakeRoot() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    mark_ = mark;
    const size_t offset = Offset(mark);
    const std::string_view at = text_.substr(offset);
    size_t where = offset;
    if (!StartsWithNullLiteral(at) && !at.starts_with('&') && !at.starts_with('!') &&
        !stack_.empty() && stack_.back().built.node.IsMap() && stack_.back().has_key) {
      // An empty value: yaml-cpp marks the next token, so place it just after its key.
      where = stack_.back().key_end;
    }
    Built built;
    built.node.kind = DocNode::Kind::kNull;
    built.node.position = cursor_.At(where);
    const size_t content = SkipYamlNodeProperties(text_, where);
    built.end_offset = StartsWithNullLiteral(text_.substr(content))
                           ? content + (text_[content] == '~' ? 1 : 4)
                           : where;
    built.node.end = cursor_.At(built.end_offset);
    Charge(1, 0);
    Attach(std::move(built), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    mark_ = mark;
    const size_t offset = Offset(mark);
    size_t token_end = std::min(offset + 1, text_.size());
    while (token_end < text_.size() && !IsFlowIndicatorOrBlank(text_[token_end])) ++token_end;
    Built built;
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      // An alias of a node that is not complete yet (a recursive alias): null.
      built.node.position = cursor_.At(offset);
      built.node.end = cursor_.At(token_end);
      Charge(1, 0);
    } else {
      const Built& target = it->second;
      if (static_cast<int>(stack_.size()) + target.height > kMaxDepth) throw LimitExceeded{mark};
      Charge(target.nodes, target.bytes);
      built.node = target.node;  // keeps the anchored text's positions
      built.nodes = target.nodes;
      built.bytes = target.bytes;
      built.height = target.height;
    }
    built.end_offset = token_end;
    Attach(std::move(built), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    mark_ = mark;
    const size_t content = SkipYamlNodeProperties(text_, Offset(mark));
    const YamlScalarStyle style = YamlScalarStyleAt(text_, content);
    Built built;
    DocNode& node = built.node;
    node.kind = DocNode::Kind::kScalar;
    node.scalar = value;
    node.quoted =
        style == YamlScalarStyle::kSingleQuoted || style == YamlScalarStyle::kDoubleQuoted;
    node.block_literal = style == YamlScalarStyle::kLiteral;
    node.position = cursor_.At(content);
    built.end_offset = ScalarEnd(content, style, value);
    node.end = cursor_.At(built.end_offset);
    built.bytes = value.size();
    Charge(1, value.size());
    Attach(std::move(built), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    StartCollection(mark, anchor, DocNode::Kind::kSequence, '[');
  }
  void OnSequenceEnd() override { EndCollection(']'); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    StartCollection(mark, anchor, DocNode::Kind::kMap, '{');
  }
  void OnMapEnd() override { EndCollection('}'); }

 private:
  // A finished node and what it cost.
  struct Built {
    DocNode node;
    size_t nodes = 1;
    size_t bytes = 0;
    int height = 1;
    size_t end_offset = 0;  // just past its text here (for an alias: the alias token)
  };
  // An open sequence or map.
  struct Frame {
    Built built;
    YAML::anchor_t anchor = 0;
    bool flow = false;  // opened with a bracket
    size_t content_offset = 0;
    size_t last_end = 0;  // end of the last child
    bool has_key = false;
    DocNode key;
    size_t key_end = 0;
  };

  size_t Offset(const YAML::Mark& mark) const {
    if (mark.pos < 0) return base_;
    return std::min(base_ + static_cast<size_t>(mark.pos), text_.size());
  }

  void Charge(size_t nodes, size_t bytes) {
    total_nodes_ += nodes;
    total_bytes_ += bytes;
    if (total_nodes_ > kMaxNodes || total_bytes_ > kMaxScalarBytes) throw LimitExceeded{mark_};
  }

  size_t ScalarEnd(size_t content, YamlScalarStyle style, std::string_view value) const {
    if (style == YamlScalarStyle::kLiteral || style == YamlScalarStyle::kFolded) {
      if (style == YamlScalarStyle::kLiteral) {
        if (auto layout = LayoutLiteralBlock(file_, content, value)) return layout->end;
      }
      return YamlBlockHeaderEnd(text_, content);
    }
    return YamlFlowScalarEnd(text_, content, style, value);
  }

  void StartCollection(const YAML::Mark& mark, YAML::anchor_t anchor, DocNode::Kind kind,
                       char open) {
    mark_ = mark;
    if (static_cast<int>(stack_.size()) >= kMaxDepth) throw LimitExceeded{mark};
    Charge(1, 0);
    Frame frame;
    frame.anchor = anchor;
    frame.content_offset = SkipYamlNodeProperties(text_, Offset(mark));
    frame.flow = frame.content_offset < text_.size() && text_[frame.content_offset] == open;
    frame.last_end = frame.flow ? frame.content_offset + 1 : frame.content_offset;
    frame.built.node.kind = kind;
    frame.built.node.position = cursor_.At(frame.content_offset);
    stack_.push_back(std::move(frame));
  }

  void EndCollection(char close) {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    size_t end = frame.last_end;
    if (frame.flow) {
      // Find the closing bracket after the last child, past commas, blanks and comments.
      size_t i = frame.last_end;
      while (i < text_.size()) {
        const char c = text_[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
          ++i;
        } else if (c == '#') {
          while (i < text_.size() && text_[i] != '\n' && text_[i] != '\r') ++i;
        } else {
          break;
        }
      }
      if (i < text_.size() && text_[i] == close) end = i + 1;
    }
    frame.built.end_offset = end;
    frame.built.node.end = cursor_.At(end);
    Attach(std::move(frame.built), frame.anchor);
  }

  void Attach(Built built, YAML::anchor_t anchor) {
    if (anchor != 0) {
      // Keeping a copy for later aliases costs as much as the node itself.
      Charge(built.nodes, built.bytes);
      anchors_[anchor] = built;
    }
    if (stack_.empty()) {
      root_ = std::move(built.node);
      return;
    }
    Frame& parent = stack_.back();
    parent.built.nodes += built.nodes;
    parent.built.bytes += built.bytes;
    parent.built.height = std::max(parent.built.height, built.height + 1);
    parent.last_end = std::max(parent.last_end, built.end_offset);
    DocNode& node = parent.built.node;
    if (node.IsSequence()) {
      node.items.push_back(std::move(built.node));
    } else if (!parent.has_key) {
      parent.key = std::move(built.node);
      parent.key_end = built.end_offset;
      parent.has_key = true;
    } else {
      node.entries.emplace_back(std::move(parent.key), std::move(built.node));
      parent.key = DocNode();
      parent.has_key = false;
    }
  }

  const SourceFile& file_;
  const std::string_view text_;
  const size_t base_;  // bytes before what yaml-cpp counts (a UTF-8 byte order mark)
  PositionCursor cursor_;
  YAML::Mark mark_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, Built> anchors_;
  DocNode root_;
  size_t total_nodes_ = 0;
  size_t total_bytes_ = 0;
};

std::string Sentence(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (text.empty()) text = "invalid YAML";
  if (text.back() != '.') text += '.';
  return text;
}

Diagnostic MakeDiagnostic(const SourceFile& file, size_t base, const YAML::Mark& mark,
                          std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule_id = kEngParseError;
  const size_t offset =
      mark.pos < 0 ? 0 : std::min(base + static_cast<size_t>(mark.pos), file.size());
  diagnostic.position = DiagnosticPosition(file, offset);
  diagnostic.message = std::move(message);
  return diagnostic;
}

}  // namespace

std::variant<DocNode, Diagnostic> ParseYaml(const SourceFile& file) {
  const std::string_view text = file.text();
  // yaml-cpp skips a UTF-8 byte order mark without counting it in its marks.
  const size_t base = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  ViewStreamBuf buffer(text);
  std::istream in(&buffer);
  DocBuilder builder(file, base);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
  } catch (const LimitExceeded& e) {
    return MakeDiagnostic(file, base, e.mark, kTooLarge);
  } catch (const YAML::DeepRecursion& e) {
    return MakeDiagnostic(file, base, e.mark, kTooLarge);
  } catch (const YAML::Exception& e) {
    return MakeDiagnostic(file, base, e.mark, "YAML parse error: " + Sentence(e.msg));
  } catch (const std::bad_alloc&) {
    return MakeDiagnostic(file, base, YAML::Mark::null_mark(), kTooLarge);
  } catch (const std::exception& e) {
    return MakeDiagnostic(file, base, YAML::Mark::null_mark(),
                          "YAML parse error: " + Sentence(e.what()));
  } catch (...) {
    return MakeDiagnostic(file, base, YAML::Mark::null_mark(), "YAML parse error: invalid YAML.");
  }
  return builder.TakeRoot();
}

}  // namespace packaudit
