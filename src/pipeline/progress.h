// Progress: one self-overwriting status line on a terminal (files done of total, files/s,
// ETA). Silent when stderr is not a terminal, so logs and cron mail stay clean.
#pragma once

#include <chrono>
#include <cstddef>

namespace twindex::pipeline {

class Progress {
 public:
  Progress(size_t total, bool enabled);
  ~Progress();  // clears the line
  void Update(size_t done);

 private:
  size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace twindex::pipeline
