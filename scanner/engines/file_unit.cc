#include "engines/file_unit.h"

namespace packaudit {

FileKind KindOfLanguage(Language language) {
  switch (language) {
    case Language::kPython:
      return FileKind::kPython;
    case Language::kJavaScript:
      return FileKind::kJavaScript;
    case Language::kPowerShell:
      return FileKind::kPowerShell;
    case Language::kC:
      return FileKind::kCSource;
    case Language::kCpp:
      return FileKind::kCppSource;
  }
  return FileKind::kText;
}

std::vector<FileUnit> UnitsOf(const ParsedFile& file) {
  std::vector<FileUnit> units;
  if (!IsTextKind(file.kind) || file.source->has_nul()) return units;
  FileUnit whole;
  whole.file = file.source.get();
  whole.text = file.source.get();
  whole.kind = file.kind;
  whole.tree = file.code.get();
  whole.c_facts = file.c_facts.get();
  if (whole.tree != nullptr || whole.c_facts != nullptr) whole.strings = &file.code_strings;
  if (file.doc) whole.doc = &*file.doc;
  units.push_back(whole);
  if (file.embedded && file.embedded->code) {
    FileUnit code;
    code.file = file.source.get();
    code.text = file.embedded->code.get();
    code.kind = KindOfLanguage(file.embedded->language);
    code.tree = file.embedded_tree.get();
    code.embedded = &*file.embedded;
    if (code.tree != nullptr) code.strings = &file.code_strings;
    units.push_back(code);
  }
  return units;
}

}  // namespace packaudit
