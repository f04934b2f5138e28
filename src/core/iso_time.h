// IsoTime: the one spelling of a moment in what twindex prints and stores (reports, records,
// status files): ISO 8601 in UTC, to the second, "2026-12-06T18:13:17Z".
#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace twindex {

inline std::string IsoTime(int64_t unix_seconds) {
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

inline std::string IsoTimeNow() { return IsoTime(std::time(nullptr)); }

}  // namespace twindex
