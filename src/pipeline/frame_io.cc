#include "pipeline/frame_io.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <limits>

namespace twindex::pipeline {
namespace {

constexpr uint32_t kMaxFrame = uint32_t{1} << 31;

// Reads exactly n bytes before the deadline.
// How often a blocked read looks at the cancel flag.
constexpr int kCancelPollMs = 100;

ReadStatus ReadExactly(int fd, char* out, size_t n, std::chrono::steady_clock::time_point deadline,
                       const std::atomic<bool>* cancel) {
  using namespace std::chrono;
  while (n > 0) {
    if (cancel && cancel->load()) return ReadStatus::kCancelled;
    int wait_ms = cancel ? kCancelPollMs : -1;
    if (deadline != steady_clock::time_point::max()) {
      auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
      if (left <= 0) return ReadStatus::kTimeout;
      if (wait_ms < 0 || left < wait_ms)
        wait_ms = static_cast<int>(std::min<long long>(left, std::numeric_limits<int>::max()));
    }
    pollfd p{fd, POLLIN, 0};
    int r = ::poll(&p, 1, wait_ms);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return ReadStatus::kClosed;
    if (r == 0) continue;  // the deadline and the cancel flag are checked at the loop's top
    ssize_t got = ::read(fd, out, n);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return ReadStatus::kClosed;
    out += got;
    n -= static_cast<size_t>(got);
  }
  return ReadStatus::kOk;
}

bool WriteAll(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t put = ::send(fd, data, n, MSG_NOSIGNAL);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
    data += put;
    n -= static_cast<size_t>(put);
  }
  return true;
}

}  // namespace

bool WriteFrame(int fd, std::string_view payload) {
  if (payload.size() >= kMaxFrame) return false;
  const uint32_t len = static_cast<uint32_t>(payload.size());
  const char header[4] = {static_cast<char>(len), static_cast<char>(len >> 8),
                          static_cast<char>(len >> 16), static_cast<char>(len >> 24)};
  return WriteAll(fd, header, 4) && WriteAll(fd, payload.data(), payload.size());
}

ReadStatus ReadFrame(int fd, std::string& payload, std::chrono::steady_clock::time_point deadline,
                     const std::atomic<bool>* cancel) {
  unsigned char header[4];
  ReadStatus s = ReadExactly(fd, reinterpret_cast<char*>(header), 4, deadline, cancel);
  if (s != ReadStatus::kOk) return s;
  const uint32_t len = header[0] | (uint32_t{header[1]} << 8) | (uint32_t{header[2]} << 16) |
                       (uint32_t{header[3]} << 24);
  if (len >= kMaxFrame) return ReadStatus::kClosed;
  payload.resize(len);
  return ReadExactly(fd, payload.data(), len, deadline, cancel);
}

}  // namespace twindex::pipeline
