#include "pipeline/walker.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "pipeline/shard_key.h"

namespace twindex::pipeline {
namespace fs = std::filesystem;
namespace {

using FileId = std::pair<dev_t, ino_t>;

class Walker {
 public:
  Walker(const std::vector<fs::path>& exclude, const WalkFilter& filter) : filter_(filter) {
    for (const auto& e : exclude) {
      std::error_code ec;
      fs::path c = fs::weakly_canonical(e, ec);
      excluded_.push_back(ec ? e.string() : c.string());
    }
  }

  WalkResult Run(const std::vector<fs::path>& roots) {
    for (const auto& root : roots) {
      std::error_code ec;
      fs::path canonical = fs::canonical(root, ec);
      if (ec) {
        result_.failures.push_back({root.string(), ec.message()});
        continue;
      }
      result_.roots.push_back(canonical.string());
      root_ = canonical;
      Visit(canonical, /*is_root=*/true);
    }
    std::vector<FoundFile>& files = result_.files;
    // Stable: of the paths to one file (symbolic links), the first reached stays.
    std::stable_sort(files.begin(), files.end(),
                     [](const FoundFile& a, const FoundFile& b) { return a.path < b.path; });
    files.erase(
        std::unique(files.begin(), files.end(),
                    [](const FoundFile& a, const FoundFile& b) { return a.path == b.path; }),
        files.end());
    return std::move(result_);
  }

 private:
  void Fail(const fs::path& path, std::string reason,
            std::optional<uint64_t> shard_key = std::nullopt) {
    result_.failures.push_back({path.string(), std::move(reason), shard_key});
  }

  bool Excluded(const std::string& path) const {
    return std::any_of(excluded_.begin(), excluded_.end(),
                       [&](const std::string& e) { return IsUnder(path, e); });
  }

  static bool Matches(const std::vector<std::string>& patterns, const std::string& relative) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) {
      return ::fnmatch(p.c_str(), relative.c_str(), 0) == 0;
    });
  }

  // `path` is as reached (it may be a symlink); stat() follows links.
  void Visit(const fs::path& path, bool is_root) {
    const std::string relative = path.lexically_relative(root_).string();
    if (!is_root) {
      if (Matches(filter_.exclude, relative)) return;
      struct stat link;
      if (!filter_.follow_symlinks && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
        return;
    }
    // An entry that cannot be read is its shard's failure; a root, every shard's.
    const std::optional<uint64_t> key =
        is_root ? std::nullopt : std::optional<uint64_t>(ShardKey(relative));
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      if (errno == ELOOP)
        Fail(path, "symbolic link loop", key);
      else if (errno == ENOENT)
        Fail(path, "broken symbolic link", key);
      else
        Fail(path, std::strerror(errno), key);
      return;
    }
    std::error_code ec;
    fs::path canonical = is_root ? path : fs::canonical(path, ec);
    if (ec) {
      Fail(path, ec.message(), key);
      return;
    }
    if (Excluded(canonical.string())) return;
    const FileId id{st.st_dev, st.st_ino};
    if (S_ISDIR(st.st_mode)) {
      if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
        Fail(path, "symbolic link loop (points to a directory that contains it)", key);
        return;
      }
      if (!seen_.insert(id).second) return;  // same directory by another path
      ancestors_.push_back(id);
      ListDirectory(canonical, path);
      ancestors_.pop_back();
    } else if (S_ISREG(st.st_mode)) {
      if (!is_root && !filter_.include.empty() && !Matches(filter_.include, relative)) return;
      // Another path to a file reached before: a symbolic link (the same canonical path, made
      // unique after sorting) or a hard link (tracked by id; most files have one link, and a
      // million ids would cost 50 MB).
      if (st.st_nlink > 1 && !seen_.insert(id).second) return;
      // A root file's key is its name: what it is called wherever the tree is mounted.
      result_.files.push_back(
          {canonical.string(), static_cast<uint64_t>(st.st_size),
           static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
           key ? *key : ShardKey(canonical.filename().string())});
    }
    // Sockets, FIFOs and devices are not documents; reading a FIFO would block.
  }

  void ListDirectory(const fs::path& canonical, const fs::path& as_reached) {
    std::error_code ec;
    fs::directory_iterator it(canonical, ec);
    if (ec) {
      Fail(as_reached, "cannot list directory: " + ec.message());
      result_.unlisted_dirs.push_back(canonical.string());
      return;
    }
    std::vector<fs::path> children;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;
      // As reached (through any symbolic link on the way): the path below the root that
      // patterns and shard keys see, the same wherever the link points.
      children.push_back(as_reached / it->path().filename());
    }
    if (ec) {
      Fail(as_reached, "error while listing directory: " + ec.message());
      result_.unlisted_dirs.push_back(canonical.string());
    }
    std::sort(children.begin(), children.end());  // deterministic: first path of a file wins
    for (const auto& child : children) Visit(child, /*is_root=*/false);
  }

  const WalkFilter& filter_;
  fs::path root_;
  std::vector<std::string> excluded_;
  std::set<FileId> seen_;  // directories, and files with more than one (hard) link
  std::vector<FileId> ancestors_;
  WalkResult result_;
};

}  // namespace

bool IsUnder(std::string_view path, std::string_view dir) {
  if (!path.starts_with(dir)) return false;
  return path.size() == dir.size() || path[dir.size()] == '/' || dir.ends_with('/');
}

WalkResult Walk(const std::vector<fs::path>& roots, const std::vector<fs::path>& exclude,
                const WalkFilter& filter) {
  return Walker(exclude, filter).Run(roots);
}

}  // namespace twindex::pipeline
