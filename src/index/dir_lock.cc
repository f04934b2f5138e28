#include "index/dir_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "index/errors.h"

namespace twindex::index {

DirLock::DirLock(const std::filesystem::path& dir, bool wait) {
  const std::filesystem::path file = dir / "twindex.lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw IndexError("cannot create " + file.string() + ": " + std::strerror(errno));
  int rc;
  do rc = ::flock(fd_, LOCK_EX | (wait ? 0 : LOCK_NB));
  while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    const int error = errno;
    ::close(fd_);
    if (error == EWOULDBLOCK) throw IndexLockedError("index is locked by another ingest");
    throw IndexError("cannot lock " + file.string() + ": " + std::strerror(error));
  }
}

DirLock::~DirLock() { ::close(fd_); }

}  // namespace twindex::index
