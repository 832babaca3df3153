// FileUnit: one text that file-level engines (regex, query) scan: a whole file, or the code
// embedded in a unified YAML. Offsets in `text` map back to the real file with MapOffset().
// A view into a ParsedFile, which must outlive it.
#ifndef PACKAUDIT_ENGINES_FILE_UNIT_H_
#define PACKAUDIT_ENGINES_FILE_UNIT_H_

#include <map>
#include <memory>
#include <vector>

#include "model/pack_file_context.h"
#include "parse/parsed_file.h"

namespace packaudit {

// Results that several checks of one unit share (the secret rules' tokenization, for one): made
// by the first check that asks, then reused by the others. A unit's checks run on one thread:
// not thread-safe. Copies share the values made so far.
class UnitMemo {
 public:
  // The value stored under `key` (a unique address, e.g. of a static constant in the caller),
  // made by `make()` the first time it is asked for.
  template <typename T, typename Make>
  const T& Get(const void* key, Make&& make) {
    auto it = slots_.find(key);
    if (it == slots_.end()) it = slots_.emplace(key, std::make_shared<T>(make())).first;
    return *static_cast<const T*>(it->second.get());
  }

 private:
  std::map<const void*, std::shared_ptr<void>> slots_;
};

struct FileUnit {
  const SourceFile* file = nullptr;  // the real file: findings are placed here
  const SourceFile* text = nullptr;  // what rules read (the file, or the embedded code)
  FileKind kind = FileKind::kText;   // selects the rules (embedded code: its language's kind)
  const CodeTree* tree = nullptr;    // parse tree of `text`, when it is code
  const EmbeddedCode* embedded = nullptr;
  const CFacts* c_facts = nullptr;  // call sites and strings of a C or C++ file
  // The parse layer's string literals of `tree` (real-file ranges in begin/end, the ranges in
  // `text` in text_begin/text_end); null when the unit has no tree.
  const CodeStrings* strings = nullptr;
  const DocNode* doc = nullptr;  // the YAML or JSON tree of a whole-file unit that parsed
  // Facts of the file's pack (its .secrets-ignore), shared by its files; null outside any pack.
  const PackFileContext* pack = nullptr;
  // Results this unit's checks share; filled as they run (a cache, hence mutable).
  mutable UnitMemo memo;

  size_t MapOffset(size_t offset) const {
    return embedded != nullptr ? embedded->MapOffset(*file, offset) : offset;
  }
};

// The units of a parsed file: the file itself (unless it is binary) and its embedded code.
std::vector<FileUnit> UnitsOf(const ParsedFile& file);

// The file kind code of `language` is scanned as (kPython, kJavaScript, kPowerShell, ...).
FileKind KindOfLanguage(Language language);

}  // namespace packaudit

#endif  // PACKAUDIT_ENGINES_FILE_UNIT_H_
