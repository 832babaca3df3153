#include "parse/c_token_scan.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "parse/c_literal.h"

namespace packaudit {
namespace {

using Kind = CToken::Kind;
using Seq = std::vector<const CToken*>;

// Keywords after which `name(` declares something (a type, a storage class, a qualifier).
const std::set<std::string_view>& DeclKeywords() {
  static const std::set<std::string_view> kWords = {
      "void",     "char",         "short",         "int",       "long",       "float",
      "double",   "signed",       "unsigned",      "bool",      "_Bool",      "_Complex",
      "auto",     "const",        "volatile",      "restrict",  "__restrict", "__restrict__",
      "static",   "extern",       "inline",        "__inline",  "__inline__", "register",
      "struct",   "union",        "enum",          "class",     "typename",   "virtual",
      "explicit", "friend",       "constexpr",     "consteval", "constinit",  "_Noreturn",
      "wchar_t",  "char8_t",      "char16_t",      "char32_t",  "__int128",   "typedef",
      "mutable",  "thread_local", "_Thread_local", "operator",  "new",        "template",
      "using",    "namespace"};
  return kWords;
}

// Names followed by parentheses that are not calls (attributes, operators, preprocessor tests).
const std::set<std::string_view>& PseudoCalls() {
  static const std::set<std::string_view> kNames = {"__attribute__",
                                                    "__attribute",
                                                    "__declspec",
                                                    "__asm__",
                                                    "__asm",
                                                    "asm",
                                                    "__typeof__",
                                                    "__typeof",
                                                    "typeof",
                                                    "alignas",
                                                    "_Alignas",
                                                    "alignof",
                                                    "_Alignof",
                                                    "__alignof__",
                                                    "defined",
                                                    "__has_include",
                                                    "__has_include_next",
                                                    "__has_attribute",
                                                    "__has_builtin",
                                                    "__has_feature",
                                                    "_Pragma",
                                                    "__pragma",
                                                    "static_assert",
                                                    "_Static_assert",
                                                    "__extension__",
                                                    "decltype",
                                                    "sizeof",
                                                    "noexcept"};
  return kNames;
}

// Keywords that may appear in a cast's type: `(const unsigned char *)`.
bool IsTypeWord(std::string_view word) {
  static const std::set<std::string_view> kWords = {
      "void",     "char",     "short",      "int",         "long",    "float",    "double",
      "signed",   "unsigned", "bool",       "_Bool",       "const",   "volatile", "struct",
      "union",    "enum",     "typename",   "wchar_t",     "char8_t", "char16_t", "char32_t",
      "__int128", "restrict", "__restrict", "__restrict__"};
  return kWords.count(word) > 0;
}

bool Contains(const std::vector<size_t>& sorted, size_t offset) {
  return std::binary_search(sorted.begin(), sorted.end(), offset);
}

// Offset one past the end of the logical line holding `from` (backslash-newline continues it).
size_t LogicalLineEnd(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n' || c == '\r') {
      size_t before = i;
      while (before > from && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
      const bool continued = before > from && text[before - 1] == '\\';
      if (!continued) return i;
      i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    ++i;
  }
  return text.size();
}

class TokenScanner {
 public:
  TokenScanner(std::string_view text, const std::vector<CToken>& tokens, const CAstHints& hints,
               CFacts& facts)
      : text_(text), tokens_(tokens), hints_(hints), facts_(facts) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
        line_starts_.push_back(i + 1);
      }
    }
  }

  void Run() {
    Seq code;
    std::vector<Seq> macros;
    Partition(code, macros);
    ScanSequence(code, /*macro=*/false);
    for (const Seq& body : macros) ScanSequence(body, /*macro=*/true);
    std::stable_sort(facts_.calls.begin(), facts_.calls.end(),
                     [](const CCall& a, const CCall& b) { return a.begin < b.begin; });
  }

 private:
  std::string_view Spell(const CToken* t) const {
    return text_.substr(t->begin, t->end - t->begin);
  }
  bool Is(const CToken* t, std::string_view punct) const {
    return t->kind == Kind::kPunctuation && Spell(t) == punct;
  }
  bool IsKeyword(const CToken* t, std::string_view word) const {
    return t->kind == Kind::kKeyword && Spell(t) == word;
  }
  bool IsDeclKeyword(const CToken* t) const {
    return t->kind == Kind::kKeyword && DeclKeywords().count(Spell(t)) > 0;
  }

  // Splits the tokens into the code (outside directives and `#if 0` blocks) and the bodies of
  // #define directives; records string literals in source order.
  void Partition(Seq& code, std::vector<Seq>& macros) {
    bool dead = false;
    int dead_depth = 0;
    // Open conditionals (#if ... #endif) outside dead code: whether a live branch was seen, and
    // whether the current branch is an alternative (#elif/#else after a live branch).
    struct Frame {
      bool live_seen = false;
      bool alternative = false;
    };
    std::vector<Frame> frames;
    bool alternative = false;
    alternative_.assign(tokens_.size(), false);
    auto update = [&] {
      alternative =
          std::any_of(frames.begin(), frames.end(), [](const Frame& f) { return f.alternative; });
    };
    const CToken* previous = nullptr;
    for (size_t i = 0; i < tokens_.size();) {
      const CToken* t = &tokens_[i];
      if (t->kind == Kind::kComment) {
        ++i;
        continue;
      }
      if (!Is(t, "#")) {
        if (!dead) {
          if (t->kind == Kind::kLiteral && IsCStringToken(Spell(t)) &&
              (previous == nullptr || !IsKeyword(previous, "extern"))) {
            AddString(t);
          }
          code.push_back(t);
          alternative_[i] = alternative;
          previous = t;
        }
        ++i;
        continue;
      }
      // A directive: up to the end of its logical line (a comment may carry it further).
      size_t line_end = LogicalLineEnd(text_, t->begin);
      Seq directive;
      size_t j = i + 1;
      for (; j < tokens_.size() && tokens_[j].begin < line_end; ++j) {
        if (tokens_[j].kind == Kind::kComment) {
          if (tokens_[j].end > line_end) line_end = LogicalLineEnd(text_, tokens_[j].end);
          continue;
        }
        directive.push_back(&tokens_[j]);
      }
      i = j;
      const std::string_view name = directive.empty() ? "" : Spell(directive[0]);
      if (dead) {
        if (name == "if" || name == "ifdef" || name == "ifndef") {
          ++dead_depth;
        } else if (name == "endif") {
          if (dead_depth == 0) {
            dead = false;
            if (!frames.empty()) frames.pop_back();
            update();
          } else {
            --dead_depth;
          }
        } else if ((name == "else" || name == "elif") && dead_depth == 0) {
          dead = false;
          if (!frames.empty()) {
            frames.back().alternative = frames.back().live_seen;
            frames.back().live_seen = true;
          }
          update();
        }
        continue;
      }
      if (name == "if" || name == "ifdef" || name == "ifndef") {
        const bool zero = name == "if" && directive.size() == 2 && Spell(directive[1]) == "0";
        frames.push_back(Frame{!zero, false});
        if (zero) {
          dead = true;
          dead_depth = 0;
        }
        continue;
      }
      if (name == "elif" || name == "else") {
        if (!frames.empty()) frames.back().alternative = true;
        update();
        continue;
      }
      if (name == "endif") {
        if (!frames.empty()) frames.pop_back();
        update();
        continue;
      }
      if (name != "define" || directive.size() < 2) continue;
      size_t body = 2;
      if (directive.size() > 2 && Is(directive[2], "(") &&
          directive[2]->begin == directive[1]->end) {
        while (body < directive.size() && !Is(directive[body], ")")) ++body;
        ++body;
      }
      Seq macro;
      for (size_t k = body; k < directive.size(); ++k) {
        if (directive[k]->kind == Kind::kLiteral && IsCStringToken(Spell(directive[k]))) {
          AddString(directive[k]);
        }
        macro.push_back(directive[k]);
      }
      if (!macro.empty()) macros.push_back(std::move(macro));
    }
  }

  void AddString(const CToken* t) {
    CodeStrings& strings = facts_.strings;
    if (strings.strings.size() >= kMaxCodeStrings) {
      strings.truncated = true;
      return;
    }
    CodeString s;
    AppendCStringValue(Spell(t), kMaxCodeStringValue, s.value, &s.cut);
    s.begin = s.text_begin = t->begin;
    s.end = s.text_end = t->end;
    strings.strings.push_back(std::move(s));
  }

  enum class Brace { kTransparent, kClass, kCode };

  // The kind of the brace at seq[k] opened at file or class level after the head seq[from, k).
  Brace ClassifyBrace(const Seq& seq, size_t from, size_t k) const {
    if (from >= k) return Brace::kCode;
    bool has_struct = false;
    bool has_parens = false;
    for (size_t i = from; i < k; ++i) {
      const CToken* t = seq[i];
      if (IsKeyword(t, "namespace")) return Brace::kTransparent;
      if (Is(t, "=")) return Brace::kCode;  // an initializer
      if (IsKeyword(t, "struct") || IsKeyword(t, "class") || IsKeyword(t, "union") ||
          IsKeyword(t, "enum")) {
        has_struct = true;
      }
      if (Is(t, "(")) {
        const bool attribute = i > from && PseudoCalls().count(Spell(seq[i - 1])) > 0;
        if (attribute) {
          const size_t close = MatchParen(i, k);  // skip __attribute__((...)) and the like
          if (close == std::string_view::npos) break;
          i = close;
          continue;
        }
        has_parens = true;
      }
    }
    if (k - from == 2 && IsKeyword(seq[from], "extern") && seq[from + 1]->kind == Kind::kLiteral) {
      return Brace::kTransparent;  // extern "C" { ... }
    }
    if (has_parens) return Brace::kCode;
    if (has_struct) return Brace::kClass;
    return Brace::kCode;
  }

  // Index of the bracket closing the opener at index `open` when it is before `limit`; npos
  // otherwise.
  size_t MatchParen(size_t open, size_t limit) const {
    return closed_[open] != 0 && close_[open] < limit ? close_[open] : std::string_view::npos;
  }

  // The first token of the type that ends at seq[r] (a name, possibly qualified, or a template
  // id `a::b<...>`), with leading declaration keywords (`static const`); npos when seq[r] does
  // not end a type.
  size_t TypeStart(const Seq& seq, size_t r) const {
    if (Is(seq[r], ">")) {
      int depth = 0;
      size_t i = r + 1;
      while (i-- > 0) {
        const CToken* t = seq[i];
        if (Is(t, ">")) ++depth;
        if (Is(t, ">>")) depth += 2;
        if (Is(t, "<") && --depth == 0) break;
        if (Is(t, ";") || Is(t, "{") || Is(t, "}") || Is(t, "(") || Is(t, ")") || Is(t, "=") ||
            Is(t, "&&") || Is(t, "||")) {
          return std::string_view::npos;
        }
      }
      if (i == static_cast<size_t>(-1) || i == 0 || depth != 0) return std::string_view::npos;
      r = i - 1;
    }
    if (seq[r]->kind != Kind::kIdentifier && !IsDeclKeyword(seq[r])) return std::string_view::npos;
    while (r >= 2 && Is(seq[r - 1], "::") && seq[r - 2]->kind == Kind::kIdentifier) r -= 2;
    while (r >= 1 && (IsDeclKeyword(seq[r - 1]) || Is(seq[r - 1], "::"))) --r;
    return r;
  }

  bool AtStatementStart(const Seq& seq, size_t r, size_t boundary) const {
    return r == 0 || r <= boundary || Is(seq[r - 1], ";") || Is(seq[r - 1], "{") ||
           Is(seq[r - 1], "}");
  }

  // Whether `name(` at seq[k], whose qualified name starts at seq[start], is a call, by its
  // tokens alone.
  bool LooksLikeCall(const Seq& seq, size_t start, bool code_level, bool assigned,
                     size_t boundary) const {
    if (!code_level && !assigned) return false;  // file or class scope: declarations
    if (start == 0) return code_level;
    const CToken* p = seq[start - 1];
    if (p->kind == Kind::kIdentifier) return false;  // `Type name(`
    if (p->kind == Kind::kKeyword) return DeclKeywords().count(Spell(p)) == 0;
    if (Is(p, "##") || Is(p, "#")) return false;  // token pasting, stringizing
    if (Is(p, "*") || Is(p, "&") || Is(p, "&&") || Is(p, "^")) {
      size_t r = start - 1;
      while (r > 0 && (Is(seq[r], "*") || Is(seq[r], "&") || Is(seq[r], "&&") || Is(seq[r], "^") ||
                       IsKeyword(seq[r], "const") || IsKeyword(seq[r], "volatile") ||
                       IsKeyword(seq[r], "restrict") || IsKeyword(seq[r], "__restrict"))) {
        --r;
      }
      if (r == 0 && (Is(seq[0], "*") || Is(seq[0], "&"))) return true;  // `*f(x)` opens the text
      if (IsDeclKeyword(seq[r])) return false;
      const size_t type = TypeStart(seq, r);
      if (type == std::string_view::npos) return true;  // `(*f(x))`, `x = *f(y)`
      return !AtStatementStart(seq, type, boundary);
    }
    if (Is(p, ">")) {
      const size_t type = TypeStart(seq, start - 1);
      if (type == std::string_view::npos) return true;
      return !AtStatementStart(seq, type, boundary);
    }
    return true;
  }

  void ScanSequence(const Seq& seq, bool macro) {
    PairBrackets(seq);
    std::vector<Brace> braces;
    int code_depth = macro ? 1 : 0;
    size_t boundary = 0;
    bool assigned = false;
    bool lost = false;  // a `}` closed nothing: the structure is unknown from here on
    for (size_t k = 0; k < seq.size(); ++k) {
      const CToken* t = seq[k];
      if (t->kind == Kind::kPunctuation) {
        const std::string_view p = Spell(t);
        // Only the first branch of a conditional shapes the structure (both branches of
        // `#ifdef X {  #else {  #endif` open one block).
        const bool structural = macro || !alternative_[static_cast<size_t>(t - tokens_.data())];
        if ((p == "{" || p == "}") && !structural) {
          boundary = k + 1;
          assigned = false;
        } else if (p == "{") {
          const Brace kind = code_depth > 0 ? Brace::kCode : ClassifyBrace(seq, boundary, k);
          braces.push_back(kind);
          if (kind == Brace::kCode) ++code_depth;
          boundary = k + 1;
          assigned = false;
        } else if (p == "}") {
          if (!braces.empty()) {
            if (braces.back() == Brace::kCode) --code_depth;
            braces.pop_back();
          } else {
            lost = true;
          }
          boundary = k + 1;
          assigned = false;
        } else if (p == ";") {
          boundary = k + 1;
          assigned = false;
        } else if (p == "=") {
          assigned = true;
        }
        continue;
      }
      if (t->kind != Kind::kIdentifier || k + 1 >= seq.size() || !Is(seq[k + 1], "(")) continue;
      if (facts_.calls.size() >= kMaxCCalls) {
        facts_.truncated = true;
        return;
      }
      const std::string_view name = Spell(t);
      if (PseudoCalls().count(name) > 0 || Contains(hints_.declarations, t->begin)) continue;
      // The qualified name: a::b::name, ::name (also `:` `:` as C lexes it).
      size_t start = k;
      while (true) {
        if (start >= 2 && Is(seq[start - 1], "::") && seq[start - 2]->kind == Kind::kIdentifier) {
          start -= 2;
        } else if (start >= 3 && Is(seq[start - 1], ":") && Is(seq[start - 2], ":") &&
                   seq[start - 2]->end == seq[start - 1]->begin &&
                   seq[start - 3]->kind == Kind::kIdentifier) {
          start -= 3;
        } else {
          break;
        }
      }
      if (start >= 1 && Is(seq[start - 1], "::")) --start;
      const bool member = start >= 1 && (Is(seq[start - 1], ".") || Is(seq[start - 1], "->"));
      const bool from_ast = Contains(hints_.calls, t->begin);
      if (!member && !from_ast &&
          !LooksLikeCall(seq, start, code_depth > 0 || lost, assigned, boundary)) {
        continue;
      }
      CCall call;
      call.callee = std::string(name);
      call.qualifier = std::string(text_.substr(seq[start]->begin, t->begin - seq[start]->begin));
      call.member = member;
      call.from_ast = from_ast;
      call.in_macro = macro;
      call.begin = t->begin;
      SetPosition(call);
      ReadArguments(seq, k + 1, call);
      facts_.calls.push_back(std::move(call));
    }
  }

  void SetPosition(CCall& call) const {
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), call.begin);
    const size_t line = static_cast<size_t>(it - line_starts_.begin());
    call.line = static_cast<int>(line);
    call.column = static_cast<int>(call.begin - line_starts_[line - 1] + 1);
  }

  // Reads the arguments of the call whose opening parenthesis is seq[open]; nested groups are
  // stepped over, so each token is visited once per level.
  void ReadArguments(const Seq& seq, size_t open, CCall& call) const {
    const size_t end = close_[open];  // the closing parenthesis, or where the group was cut
    call.closed = closed_[open] != 0;
    size_t arg_start = open + 1;
    bool comma = false;
    for (size_t j = open + 1; j < end; ++j) {
      const CToken* t = seq[j];
      if (t->kind != Kind::kPunctuation) continue;
      if (IsOpener(t)) {
        j = closed_[j] != 0 ? close_[j] : close_[j] - 1;  // a cut group ends where this one does
        continue;
      }
      if (Is(t, ",")) {
        AddArgument(seq, arg_start, j, call);
        arg_start = j + 1;
        comma = true;
      }
    }
    if (end > arg_start || comma) AddArgument(seq, arg_start, end, call);
    if (call.closed) {
      call.end = seq[end]->end;
    } else {
      call.end = end > open + 1 ? seq[end - 1]->end : seq[open]->end;
    }
  }

  bool IsOpener(const CToken* t) const { return Is(t, "(") || Is(t, "[") || Is(t, "{"); }

  // Pairs the brackets of `seq` into close_/closed_: for each opener the index of its closer, or,
  // for one left open, the index of the token that cut it (a `;` outside a `for (...)`, a `}` or
  // a `)` of an enclosing group, the end of the sequence). Linear time.
  void PairBrackets(const Seq& seq) {
    close_.assign(seq.size(), seq.size());
    closed_.assign(seq.size(), 0);
    std::vector<size_t> open;
    auto cut_until = [&](size_t k, auto keep) {
      while (!open.empty() && !keep(open.back())) {
        close_[open.back()] = k;
        open.pop_back();
      }
    };
    for (size_t k = 0; k < seq.size(); ++k) {
      const CToken* t = seq[k];
      if (t->kind != Kind::kPunctuation) continue;
      const std::string_view p = Spell(t);
      if (p == "(" || p == "[" || p == "{") {
        open.push_back(k);
        continue;
      }
      if (p == ")" || p == "]" || p == "}") {
        const std::string_view opener = p == ")" ? "(" : p == "]" ? "[" : "{";
        // The nearest matching opener, not beyond a `{` (unless this closes braces).
        size_t at = open.size();
        while (at > 0) {
          const std::string_view o = Spell(seq[open[at - 1]]);
          if (o == opener) break;
          if (o == "{") {
            at = 0;
            break;
          }
          --at;
        }
        if (at == 0) continue;  // a stray closer
        const size_t target = open[at - 1];
        cut_until(k, [&](size_t index) { return index == target; });
        close_[target] = k;
        closed_[target] = 1;
        open.pop_back();
        continue;
      }
      if (p == ";") {
        cut_until(k, [&](size_t index) {
          return Is(seq[index], "{") ||
                 (Is(seq[index], "(") && index > 0 && IsKeyword(seq[index - 1], "for"));
        });
      }
    }
    cut_until(seq.size(), [](size_t) { return false; });
  }

  void AddArgument(const Seq& seq, size_t a, size_t b, CCall& call) const {
    if (call.args.size() >= kMaxCCallArgs) return;
    CArgument arg;
    arg.begin = a < b ? seq[a]->begin : (a > 0 ? seq[a - 1]->end : 0);
    arg.end = a < b ? seq[b - 1]->end : arg.begin;
    Classify(seq, a, b, arg);
    call.args.push_back(std::move(arg));
  }

  // Tokens of a scope operator at seq[i] (before `b`): `::`, or `:` `:` as C lexes it; else 0.
  size_t ScopeLength(const Seq& seq, size_t i, size_t b) const {
    if (i < b && Is(seq[i], "::")) return 1;
    if (i + 1 < b && Is(seq[i], ":") && Is(seq[i + 1], ":") && seq[i]->end == seq[i + 1]->begin) {
      return 2;
    }
    return 0;
  }

  // Whether seq[a, b) is a cast's type list: names, type keywords, `*`, `&`, `::`.
  bool IsCastType(const Seq& seq, size_t a, size_t b, bool* certain) const {
    if (a >= b) return false;
    *certain = false;
    for (size_t i = a; i < b; ++i) {
      const CToken* t = seq[i];
      if (t->kind == Kind::kIdentifier) continue;
      if (t->kind == Kind::kKeyword && IsTypeWord(Spell(t))) {
        *certain = true;
        continue;
      }
      if (Is(t, "*") || Is(t, "&")) {
        *certain = true;
        continue;
      }
      if (Is(t, "::") || Is(t, ":")) continue;
      return false;
    }
    return true;
  }

  void Classify(const Seq& seq, size_t a, size_t b, CArgument& arg) const {
    using ArgKind = CArgument::Kind;
    // Look through outer parentheses and casts.
    while (a < b && Is(seq[a], "(")) {
      const size_t close = MatchParen(a, b);
      if (close == std::string_view::npos) break;
      if (close == b - 1) {
        ++a;
        --b;
        continue;
      }
      bool certain = false;
      if (!IsCastType(seq, a + 1, close, &certain)) break;
      const CToken* next = seq[close + 1];
      const bool operand =
          next->kind != Kind::kPunctuation || Is(next, "(") || Is(next, "!") || Is(next, "~") ||
          (certain && (Is(next, "-") || Is(next, "+") || Is(next, "*") || Is(next, "&")));
      if (!operand) break;
      a = close + 1;
    }
    if (a >= b) {
      arg.kind = ArgKind::kOther;
      return;
    }
    const CToken* first = seq[a];
    // Adjacent string literals.
    bool strings = true;
    for (size_t i = a; i < b && strings; ++i) {
      strings = seq[i]->kind == Kind::kLiteral && IsCStringToken(Spell(seq[i]));
    }
    if (strings) {
      arg.kind = ArgKind::kString;
      bool cut = false;
      for (size_t i = a; i < b; ++i) {
        AppendCStringValue(Spell(seq[i]), kMaxCodeStringValue, arg.text, &cut);
      }
      return;
    }
    if (b - a == 1) {
      const std::string_view s = Spell(first);
      if (first->kind == Kind::kLiteral) {
        if (const auto value = CIntegerValue(s)) {
          arg.kind = ArgKind::kInt;
          arg.value = *value;
          arg.text = std::string(s);
          return;
        }
        if (IsCFloatToken(s)) {
          arg.kind = ArgKind::kFloat;
          arg.text = std::string(s);
          return;
        }
      }
      if (first->kind == Kind::kKeyword && (s == "true" || s == "false")) {
        arg.kind = ArgKind::kInt;
        arg.value = s == "true" ? 1 : 0;
        arg.text = std::string(s);
        return;
      }
      if (s == "nullptr" || (first->kind == Kind::kIdentifier && s == "NULL")) {
        arg.kind = ArgKind::kNull;
        arg.text = std::string(s);
        return;
      }
    }
    if (b - a == 2 && (Is(first, "-") || Is(first, "+")) && seq[a + 1]->kind == Kind::kLiteral) {
      if (const auto value = CIntegerValue(Spell(seq[a + 1]))) {
        arg.kind = ArgKind::kInt;
        arg.value = Is(first, "-") ? -*value : *value;
        arg.text = std::string(text_.substr(first->begin, seq[a + 1]->end - first->begin));
        return;
      }
    }
    // A (qualified) name, possibly called: a::b, a::b(...).
    size_t i = a + ScopeLength(seq, a, b);
    size_t last = std::string_view::npos;
    while (i < b && seq[i]->kind == Kind::kIdentifier) {
      last = i++;
      const size_t scope = ScopeLength(seq, i, b);
      if (scope == 0 || i + scope >= b) break;
      i += scope;
    }
    if (last != std::string_view::npos) {
      if (i == b) {
        arg.kind = ArgKind::kName;
        arg.text = std::string(Spell(seq[last]));
        return;
      }
      if (Is(seq[i], "(") && MatchParen(i, b) == b - 1 && Is(seq[b - 1], ")")) {
        arg.kind = ArgKind::kCall;
        arg.text = std::string(Spell(seq[last]));
        return;
      }
    }
    arg.kind = ArgKind::kOther;
    const std::string_view source = text_.substr(first->begin, seq[b - 1]->end - first->begin);
    arg.text = std::string(source.substr(0, kMaxCArgumentText));
  }

  std::string_view text_;
  const std::vector<CToken>& tokens_;
  const CAstHints& hints_;
  CFacts& facts_;
  std::vector<size_t> line_starts_;
  std::vector<bool> alternative_;  // per token: in an #elif/#else branch after a live branch
  // Bracket pairs of the sequence being scanned (see PairBrackets).
  std::vector<size_t> close_;
  std::vector<char> closed_;
};

}  // namespace

void CollectCFacts(std::string_view text, const std::vector<CToken>& tokens, const CAstHints& hints,
                   CFacts& facts) {
  TokenScanner(text, tokens, hints, facts).Run();
}

}  // namespace packaudit
