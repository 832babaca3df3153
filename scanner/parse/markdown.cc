#include "parse/markdown.h"

#include <md4c.h>

#include <cstdint>
#include <string_view>
#include <utility>

#include "core/text.h"
#include "parse/position_cursor.h"

namespace packaudit {
namespace {

constexpr char kReplacementChar[] = "\xEF\xBF\xBD";

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    out += kReplacementChar;
  } else if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// md4c hands entities over verbatim ("&amp;", "&#123;", "&#x1F600;"). Numeric ones and the
// common named ones are decoded; any other name is kept as written.
void AppendEntity(std::string_view entity, std::string& out) {
  if (entity.size() >= 4 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    uint32_t cp = 0;
    for (size_t i = hex ? 3 : 2; i + 1 < entity.size(); ++i) {
      const char c = entity[i];
      uint32_t digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        break;
      }
      cp = cp * (hex ? 16 : 10) + digit;
      if (cp > 0x10FFFF) break;
    }
    AppendUtf8(cp, out);
    return;
  }
  static constexpr std::pair<std::string_view, uint32_t> kNamed[] = {
      {"&amp;", '&'},      {"&lt;", '<'},        {"&gt;", '>'},       {"&quot;", '"'},
      {"&apos;", '\''},    {"&nbsp;", 0xA0},     {"&copy;", 0xA9},    {"&reg;", 0xAE},
      {"&trade;", 0x2122}, {"&hellip;", 0x2026}, {"&mdash;", 0x2014}, {"&ndash;", 0x2013},
      {"&laquo;", 0xAB},   {"&raquo;", 0xBB},    {"&middot;", 0xB7},  {"&times;", 0xD7},
      {"&rarr;", 0x2192},  {"&larr;", 0x2190},   {"&bull;", 0x2022},  {"&deg;", 0xB0},
  };
  for (const auto& [name, cp] : kNamed) {
    if (entity == name) {
      AppendUtf8(cp, out);
      return;
    }
  }
  out += entity;
}

std::string DecodeAttribute(const MD_ATTRIBUTE& attribute) {
  std::string out;
  if (attribute.text == nullptr || attribute.substr_offsets == nullptr) return out;
  for (size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const MD_OFFSET start = attribute.substr_offsets[i];
    const MD_OFFSET stop = attribute.substr_offsets[i + 1];
    const std::string_view part(attribute.text + start, stop - start);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY:
        AppendEntity(part, out);
        break;
      case MD_TEXT_NULLCHAR:
        out += kReplacementChar;
        break;
      default:
        out += part;
        break;
    }
  }
  return out;
}

// The first line that is not blank and not only an HTML comment (comments may span lines).
void FindFirstLine(const SourceFile& file, MarkdownDoc& doc) {
  bool in_comment = false;
  for (int number = 1; number <= file.line_count(); ++number) {
    std::string_view line = file.Line(number);
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    size_t i = 0;
    while (true) {
      if (in_comment) {
        const size_t close = line.find("-->", i);
        if (close == std::string_view::npos) {
          i = line.size();
          break;
        }
        i = close + 3;
        in_comment = false;
      }
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      if (line.substr(i).starts_with("<!--")) {
        in_comment = true;
        i += 4;
        continue;
      }
      break;
    }
    const std::string_view rest = Trim(line.substr(i));
    if (!rest.empty()) {
      doc.first_line = std::string(rest);
      doc.first_line_number = number;
      return;
    }
  }
}

// Collects structure from md4c's callbacks. Positions come from text pointers into the input;
// an element whose first text is not in the input takes the next text that is.
class MarkdownBuilder {
 public:
  explicit MarkdownBuilder(const SourceFile& file)
      : file_(file), text_(file.text()), cursor_(file) {}

  MarkdownDoc Build() {
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = &EnterBlock;
    parser.leave_block = &LeaveBlock;
    parser.enter_span = &EnterSpan;
    parser.leave_span = &LeaveSpan;
    parser.text = &Text;
    md_parse(text_.data(), static_cast<MD_SIZE>(text_.size()), &parser, this);
    ResolvePending(last_offset_);
    FindFirstLine(file_, doc_);
    return std::move(doc_);
  }

 private:
  enum class Slot { kHeading, kLink, kTable };
  struct OpenLink {
    size_t index;
    bool has_text_offset = false;
    size_t text_offset = 0;
  };

  static MarkdownBuilder& Self(void* userdata) { return *static_cast<MarkdownBuilder*>(userdata); }

  static int EnterBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
    MarkdownBuilder& self = Self(userdata);
    switch (type) {
      case MD_BLOCK_H:
        self.heading_ = self.doc_.headings.size();
        self.doc_.headings.push_back(MdHeading{});
        self.doc_.headings.back().level =
            static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        self.pending_.emplace_back(Slot::kHeading, self.heading_);
        self.in_heading_ = true;
        break;
      case MD_BLOCK_TABLE:
        self.table_ = self.doc_.tables.size();
        self.doc_.tables.push_back(MdTable{});
        self.pending_.emplace_back(Slot::kTable, self.table_);
        self.in_table_ = true;
        break;
      case MD_BLOCK_TR:
        self.row_.clear();
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        self.cell_.clear();
        self.in_cell_ = true;
        break;
      default:
        break;
    }
    return 0;
  }

  static int LeaveBlock(MD_BLOCKTYPE type, void*, void* userdata) {
    MarkdownBuilder& self = Self(userdata);
    switch (type) {
      case MD_BLOCK_H:
        self.in_heading_ = false;
        self.EndLine();
        break;
      case MD_BLOCK_TABLE:
        self.in_table_ = false;
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        self.row_.emplace_back(Trim(self.cell_));
        self.in_cell_ = false;
        self.doc_.plain_text += '\t';
        break;
      case MD_BLOCK_TR:
        if (self.in_table_) self.doc_.tables[self.table_].rows.push_back(std::move(self.row_));
        self.row_.clear();
        if (self.doc_.plain_text.ends_with('\t')) self.doc_.plain_text.pop_back();
        self.EndLine();
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        self.EndLine();
        break;
      default:
        break;
    }
    return 0;
  }

  static int EnterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
    MarkdownBuilder& self = Self(userdata);
    if (type != MD_SPAN_A && type != MD_SPAN_IMG) return 0;
    MdLink link;
    if (type == MD_SPAN_A) {
      link.url = DecodeAttribute(static_cast<MD_SPAN_A_DETAIL*>(detail)->href);
    } else {
      link.url = DecodeAttribute(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src);
      link.image = true;
    }
    const size_t index = self.doc_.links.size();
    self.doc_.links.push_back(std::move(link));
    self.pending_.emplace_back(Slot::kLink, index);
    self.open_links_.push_back(OpenLink{index});
    return 0;
  }

  static int LeaveSpan(MD_SPANTYPE type, void*, void* userdata) {
    MarkdownBuilder& self = Self(userdata);
    if ((type != MD_SPAN_A && type != MD_SPAN_IMG) || self.open_links_.empty()) return 0;
    const OpenLink open = self.open_links_.back();
    self.open_links_.pop_back();
    MdLink& link = self.doc_.links[open.index];
    // An autolink's text is its own destination and is not written inside "[...]".
    if (type == MD_SPAN_A && open.has_text_offset && open.text_offset > 0 &&
        self.text_[open.text_offset - 1] != '[') {
      link.autolink = link.url == link.text || link.url == "mailto:" + link.text ||
                      link.url == "http://" + link.text;
    }
    return 0;
  }

  static int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    MarkdownBuilder& self = Self(userdata);
    const std::string_view raw(text, size);
    std::string decoded;
    switch (type) {
      case MD_TEXT_NULLCHAR:
        decoded = kReplacementChar;
        break;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        self.doc_.plain_text += '\n';
        self.AppendInline(" ");
        return 0;
      case MD_TEXT_ENTITY:
        AppendEntity(raw, decoded);
        break;
      default:
        decoded = raw;
        break;
    }
    if (type != MD_TEXT_NULLCHAR && text >= self.text_.data() &&
        text + size <= self.text_.data() + self.text_.size()) {
      self.AtOffset(static_cast<size_t>(text - self.text_.data()), size);
    }
    // Raw HTML is markup, not text content.
    if (type != MD_TEXT_HTML) self.doc_.plain_text += decoded;
    self.AppendInline(decoded);
    return 0;
  }

  // Text found in the input at `offset`: it places every element still waiting for a position.
  void AtOffset(size_t offset, size_t size) {
    ResolvePending(offset);
    for (OpenLink& open : open_links_) {
      if (!open.has_text_offset) {
        open.has_text_offset = true;
        open.text_offset = offset;
      }
    }
    last_offset_ = offset + size;
  }

  void ResolvePending(size_t offset) {
    if (pending_.empty()) return;
    const Position position = cursor_.At(offset);
    for (const auto& [slot, index] : pending_) {
      switch (slot) {
        case Slot::kHeading:
          doc_.headings[index].position = position;
          break;
        case Slot::kLink:
          doc_.links[index].position = position;
          break;
        case Slot::kTable:
          doc_.tables[index].position = position;
          break;
      }
    }
    pending_.clear();
  }

  void AppendInline(std::string_view text) {
    if (in_heading_) doc_.headings[heading_].text += text;
    for (const OpenLink& open : open_links_) doc_.links[open.index].text += text;
    if (in_cell_) cell_ += text;
  }

  void EndLine() {
    if (!doc_.plain_text.empty() && !doc_.plain_text.ends_with('\n')) doc_.plain_text += '\n';
  }

  const SourceFile& file_;
  const std::string_view text_;
  PositionCursor cursor_;
  MarkdownDoc doc_;
  size_t last_offset_ = 0;
  std::vector<std::pair<Slot, size_t>> pending_;
  std::vector<OpenLink> open_links_;
  bool in_heading_ = false;
  size_t heading_ = 0;
  bool in_table_ = false;
  size_t table_ = 0;
  bool in_cell_ = false;
  std::string cell_;
  std::vector<std::string> row_;
};

}  // namespace

MarkdownDoc ParseMarkdown(const SourceFile& file) { return MarkdownBuilder(file).Build(); }

}  // namespace packaudit
