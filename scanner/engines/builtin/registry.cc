// The lookup over every area's table of builtin checks.
#include <array>

#include "engines/builtin/builtin_rule.h"

namespace packaudit {

const BuiltinEntry* FindBuiltin(std::string_view name) {
  static const BuiltinEntry kDiagnostic{"diagnostic", nullptr, nullptr};
  if (name == kDiagnostic.name) return &kDiagnostic;
  using Table = std::span<const BuiltinEntry> (*)();
  static constexpr std::array<Table, 8> kTables = {
      &DocsBuiltins, &MetadataBuiltins, &AdoptBuiltins,   &ReleaseBuiltins,
      &CodeBuiltins, &SecurityBuiltins, &TlsBuiltins,     &PrivacyBuiltins};
  for (Table table : kTables) {
    for (const BuiltinEntry& entry : table()) {
      if (entry.name == name) return &entry;
    }
  }
  return nullptr;
}

}  // namespace packaudit
