#include "index/date_bound.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace twindex::index {
namespace {

std::optional<unsigned> Number(std::string_view s, size_t digits) {
  if (s.size() != digits) return std::nullopt;
  unsigned v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<std::string> ParseDateBound(std::string_view text, bool upper) {
  using namespace std::chrono;
  auto y = Number(text.substr(0, 4), 4);
  if (!y || *y < 1000) return std::nullopt;
  unsigned m = upper ? 12 : 1, d = 0;
  if (text.size() > 4) {
    if (text[4] != '-') return std::nullopt;
    auto mm = Number(text.substr(5, 2), 2);
    if (!mm || *mm < 1 || *mm > 12) return std::nullopt;
    m = *mm;
  }
  const year_month ym{year{static_cast<int>(*y)}, month{m}};
  if (text.size() > 7) {
    if (text[7] != '-') return std::nullopt;
    auto dd = Number(text.substr(8), 2);
    if (!dd || !year_month_day{ym / day{*dd}}.ok()) return std::nullopt;
    d = *dd;
  } else {
    d = upper ? static_cast<unsigned>(year_month_day_last{ym / last}.day()) : 0;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04u%02u%02u", *y, m, d);
  return std::string(buf);
}

}  // namespace twindex::index
