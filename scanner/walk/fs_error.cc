#include "walk/fs_error.h"

#include <cerrno>
#include <cstring>
#include <string_view>

#include "walk/filesystem.h"

namespace packaudit {
namespace {

constexpr std::string_view kNotFoundText = "No such file or directory";
constexpr std::string_view kNotDirectoryText = "Not a directory";
constexpr std::string_view kLoopText = "Too many levels of symbolic links";

// strerror_r comes in a GNU flavour (returns the text) and an XSI one (fills the buffer).
[[maybe_unused]] std::string FromStrerror(const char* text, const char* /*buffer*/) {
  return text;
}
[[maybe_unused]] std::string FromStrerror(int result, const char* buffer) {
  return result == 0 ? std::string(buffer) : std::string("unknown error");
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::string ErrnoText(int err) {
  switch (err) {
    case ENOENT:
      return std::string(kNotFoundText);
    case ENOTDIR:
      return std::string(kNotDirectoryText);
    case ELOOP:
      return std::string(kLoopText);
    default: {
      char buffer[256] = {};
      return FromStrerror(strerror_r(err, buffer, sizeof(buffer)), buffer);
    }
  }
}

Status ErrnoStatus(const std::string& path, int err) {
  return Status::Error(path + ": " + ErrnoText(err));
}

FileSystemError ClassifyFileSystemError(const Status& status) {
  const std::string& message = status.message();
  if (EndsWith(message, kLoopText)) return FileSystemError::kLoop;
  if (EndsWith(message, kNotFoundText) || EndsWith(message, kNotDirectoryText)) {
    return FileSystemError::kNotFound;
  }
  return FileSystemError::kOther;
}

std::string FileSystemErrorText(const Status& status, const std::string& path) {
  const std::string& message = status.message();
  const std::string prefix = path + ": ";
  if (message.size() > prefix.size() && message.compare(0, prefix.size(), prefix) == 0) {
    return message.substr(prefix.size());
  }
  return message;
}

}  // namespace packaudit
