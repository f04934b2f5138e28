#include "pipeline/content_hash.h"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/hex.h"

namespace twindex::pipeline {

std::string HashFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error(std::string("cannot open: ") + std::strerror(errno));
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                 &XXH3_freeState);
  XXH3_128bits_reset(state.get());
  std::vector<char> buf(1 << 20);
  for (;;) {
    ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw std::runtime_error(std::string("read error: ") + std::strerror(err));
    }
    if (n == 0) break;
    XXH3_128bits_update(state.get(), buf.data(), static_cast<size_t>(n));
  }
  ::close(fd);
  XXH128_hash_t h = XXH3_128bits_digest(state.get());
  return Hex128(h.high64, h.low64);
}

}  // namespace twindex::pipeline
