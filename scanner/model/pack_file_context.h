// PackFileContext: facts about a pack that file-level checks may read during the file pass (which
// runs before the pack model exists): the pack root and its `.secrets-ignore` allow-list. Built
// once per pack by the scanner before the file pass (see scan/pack_file_contexts.h), immutable
// afterwards and shared read-only by every file of the pack; files outside any pack get none.
#ifndef PACKAUDIT_MODEL_PACK_FILE_CONTEXT_H_
#define PACKAUDIT_MODEL_PACK_FILE_CONTEXT_H_

#include <string>

#include "model/secrets_ignore.h"

namespace packaudit {

struct PackFileContext {
  std::string root;                 // display path of the pack folder ("" = the scan root)
  bool has_secrets_ignore = false;  // the pack has a readable .secrets-ignore
  SecretsIgnore secrets_ignore;     // empty when it has none
  // Its display path and bytes as read, so that the file pass reuses them instead of reading the
  // file a second time.
  std::string secrets_ignore_path;
  std::string secrets_ignore_bytes;
};

}  // namespace packaudit

#endif  // PACKAUDIT_MODEL_PACK_FILE_CONTEXT_H_
