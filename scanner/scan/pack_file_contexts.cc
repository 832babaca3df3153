#include "scan/pack_file_contexts.h"

#include <map>

namespace packaudit {

std::vector<PackFileContext> ReadPackFileContexts(const FileSystem& fs,
                                                  const std::vector<WalkedFile>& files,
                                                  const std::vector<std::string>& roots) {
  std::map<std::string, const WalkedFile*> by_path;
  for (const WalkedFile& f : files) by_path[f.display_path] = &f;
  std::vector<PackFileContext> contexts(roots.size());
  for (size_t i = 0; i < roots.size(); ++i) {
    PackFileContext& context = contexts[i];
    context.root = roots[i];
    const std::string path = roots[i].empty() ? ".secrets-ignore" : roots[i] + "/.secrets-ignore";
    auto it = by_path.find(path);
    if (it == by_path.end()) continue;
    auto bytes = fs.Read(it->second->fs_path, it->second->size + 1);
    if (!bytes.ok()) continue;
    context.has_secrets_ignore = true;
    context.secrets_ignore = ParseSecretsIgnore(bytes.value());
    context.secrets_ignore_path = path;
    context.secrets_ignore_bytes = std::move(bytes).value();
  }
  return contexts;
}

}  // namespace packaudit
