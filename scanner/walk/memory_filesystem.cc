// MemoryFileSystem: an in-memory tree with kernel-like path resolution (symlinks followed in the
// middle of a path, at most kMaxSymlinkHops per lookup). Errors use the same "<path>: <errno
// text>" wording as the real filesystem.
#include <algorithm>
#include <cerrno>
#include <deque>

#include "walk/filesystem.h"
#include "walk/fs_error.h"
#include "walk/path_util.h"

namespace packaudit {
namespace {

std::string KeyOf(const std::string& path) { return NormalizePath(JoinPath("/", path)); }

std::string KeyFromParts(const std::vector<std::string>& parts) {
  std::string key;
  for (const std::string& part : parts) key += "/" + part;
  return key.empty() ? "/" : key;
}

}  // namespace

void MemoryFileSystem::AddNode(const std::string& path, Node node) {
  const std::string key = KeyOf(path);
  if (key == "/") return;
  std::string parent;
  const std::vector<std::string> parts = SplitPath(key);
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    parent += "/" + parts[i];
    nodes_.try_emplace(parent, Node{});  // a directory, unless something is already there
  }
  nodes_[key] = std::move(node);
}

void MemoryFileSystem::AddFile(const std::string& path, std::string content) {
  Node node;
  node.type = EntryType::kFile;
  node.content = std::move(content);
  AddNode(path, std::move(node));
}

void MemoryFileSystem::AddDirectory(const std::string& path) { AddNode(path, Node{}); }

void MemoryFileSystem::AddSymlink(const std::string& path, const std::string& target) {
  Node node;
  node.type = EntryType::kSymlink;
  node.target = target;
  AddNode(path, std::move(node));
}

void MemoryFileSystem::AddUnreadable(const std::string& path) {
  auto it = nodes_.find(KeyOf(path));
  if (it != nodes_.end() && it->second.type == EntryType::kDirectory) {
    it->second.unreadable = true;
    return;
  }
  Node node;
  node.type = EntryType::kFile;
  node.unreadable = true;
  AddNode(path, std::move(node));
}

const MemoryFileSystem::Node* MemoryFileSystem::Find(const std::string& key) const {
  static const Node kRoot{};
  if (key == "/") return &kRoot;
  auto it = nodes_.find(key);
  return it == nodes_.end() ? nullptr : &it->second;
}

StatusOr<std::string> MemoryFileSystem::Resolve(const std::string& path, bool follow_last) const {
  if (path.empty()) return ErrnoStatus(path, ENOENT);
  const std::vector<std::string> initial = SplitPath(path);
  std::deque<std::string> pending(initial.begin(), initial.end());
  std::vector<std::string> done;  // components of the resolved, link-free prefix
  int hops = 0;
  while (!pending.empty()) {
    std::string part = std::move(pending.front());
    pending.pop_front();
    if (part == ".") continue;
    if (part == "..") {
      if (!done.empty()) done.pop_back();
      continue;
    }
    done.push_back(part);
    const Node* node = Find(KeyFromParts(done));
    if (node == nullptr) return ErrnoStatus(path, ENOENT);
    const bool last = pending.empty();
    if (node->type == EntryType::kSymlink && (!last || follow_last)) {
      if (++hops > kMaxSymlinkHops) return ErrnoStatus(path, ELOOP);
      done.pop_back();  // a relative target starts from the link's folder
      if (!node->target.empty() && node->target.front() == '/') done.clear();
      const std::vector<std::string> target = SplitPath(node->target);
      pending.insert(pending.begin(), target.begin(), target.end());
      continue;
    }
    if (node->type != EntryType::kDirectory && !last) return ErrnoStatus(path, ENOTDIR);
  }
  return KeyFromParts(done);
}

StatusOr<EntryInfo> MemoryFileSystem::Stat(const std::string& path) const {
  StatusOr<std::string> key = Resolve(path, /*follow_last=*/false);
  if (!key.ok()) return key.status();
  const Node* node = Find(*key);
  EntryInfo info;
  info.type = node->type;
  if (node->type == EntryType::kFile) info.size = node->content.size();
  return info;
}

StatusOr<std::vector<std::string>> MemoryFileSystem::List(const std::string& dir) const {
  StatusOr<std::string> key = Resolve(dir, /*follow_last=*/true);
  if (!key.ok()) return key.status();
  const Node* node = Find(*key);
  if (node->type != EntryType::kDirectory) return ErrnoStatus(dir, ENOTDIR);
  if (node->unreadable) return ErrnoStatus(dir, EACCES);
  const std::string prefix = *key == "/" ? "/" : *key + "/";
  std::vector<std::string> names;
  for (auto it = nodes_.lower_bound(prefix);
       it != nodes_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    const std::string rest = it->first.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names.push_back(rest);
  }
  return names;
}

StatusOr<std::string> MemoryFileSystem::Read(const std::string& path, uint64_t max_bytes) const {
  StatusOr<std::string> key = Resolve(path, /*follow_last=*/true);
  if (!key.ok()) return key.status();
  const Node* node = Find(*key);
  if (node->type == EntryType::kDirectory) return ErrnoStatus(path, EISDIR);
  if (node->unreadable) return ErrnoStatus(path, EACCES);
  return node->content.substr(0, static_cast<size_t>(std::min<uint64_t>(max_bytes,
                                                                         node->content.size())));
}

StatusOr<std::string> MemoryFileSystem::Canonical(const std::string& path) const {
  return Resolve(path, /*follow_last=*/true);
}

}  // namespace packaudit
