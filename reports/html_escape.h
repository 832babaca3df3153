// HTML escaping for the HTML report. Every byte that comes from a scan (pack names, paths,
// messages, snippets, hosts, rule texts) passes through EscapeHtml before it reaches the page,
// whether it lands in element text or in a double-quoted attribute value.
//
//   SanitizeUtf8  valid UTF-8 out of any bytes: each invalid byte (and each truncated,
//                 overlong or surrogate sequence) becomes U+FFFD; NUL and the C0/C1 control
//                 characters other than TAB and LF become U+FFFD as well (CR is dropped, so
//                 CRLF text reads as LF text).
//   EscapeHtml    SanitizeUtf8, then & < > " ' as character references: safe in element text
//                 and in attribute values quoted with either quote character. Never emits a
//                 raw '<', so pack text can open no tag, close no <style> or <script>, and end
//                 no attribute.
//
// Pure functions; thread-safe.
#ifndef PACKAUDIT_REPORTS_HTML_ESCAPE_H_
#define PACKAUDIT_REPORTS_HTML_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace packaudit {

std::string SanitizeUtf8(std::string_view text);

std::string EscapeHtml(std::string_view text);

// Appends EscapeHtml(text) to `out`.
void AppendEscaped(std::string& out, std::string_view text);

// The byte offset in `line` (UTF-8) where the 1-based UTF-16 column `column` starts; clamped to
// [0, line.size()]. Invalid bytes count as one code unit each.
size_t ByteOffsetOfUtf16Column(std::string_view line, int column);

}  // namespace packaudit

#endif  // PACKAUDIT_REPORTS_HTML_ESCAPE_H_
