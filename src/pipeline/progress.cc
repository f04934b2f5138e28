#include "pipeline/progress.h"

#include <cstdio>

namespace twindex::pipeline {

Progress::Progress(size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 0), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void Progress::Update(size_t done) {
  if (!enabled_) return;
  using namespace std::chrono;
  const auto now = steady_clock::now();
  if (done < total_ && now - last_draw_ < milliseconds(200)) return;
  last_draw_ = now;
  const double seconds = duration<double>(now - start_).count();
  const double rate = seconds > 0 ? done / seconds : 0;
  const long eta = rate > 0 ? static_cast<long>((total_ - done) / rate) : 0;
  std::fprintf(stderr, "\r\033[K%zu/%zu files  %.1f files/s  ETA %ld:%02ld", done, total_, rate,
               eta / 60, eta % 60);
  std::fflush(stderr);
}

}  // namespace twindex::pipeline
