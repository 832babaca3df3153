// Building FileSystem error values ("<path>: <errno text>", see filesystem.h) from errno codes.
// Internal to the walk module. Thread-safe (no shared state).
#ifndef PACKAUDIT_WALK_FS_ERROR_H_
#define PACKAUDIT_WALK_FS_ERROR_H_

#include <string>

#include "core/status.h"

namespace packaudit {

// The C library's English text for `err`, independent of the locale for the codes that
// ClassifyFileSystemError() recognises.
std::string ErrnoText(int err);

// Status::Error("<path>: <ErrnoText(err)>").
Status ErrnoStatus(const std::string& path, int err);

}  // namespace packaudit

#endif  // PACKAUDIT_WALK_FS_ERROR_H_
