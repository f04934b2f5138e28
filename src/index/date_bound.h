// DateBound: a --from/--to bound as a user writes it: "2017", "2017-04" or "2017-04-27".
// A lower bound is the first day it names, an upper bound the last, so --from 2017 --to 2017
// is the whole year. A lower bound without a day starts at day 00, so that it also holds the
// dates known only to the month ("w marcu 2019 r.", indexed as day 00; see schema.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace twindex::index {

// "YYYYMMDD" for the bound, or nullopt if `text` is not a valid date of one of those forms
// (month 1-12, a day that exists in that month).
std::optional<std::string> ParseDateBound(std::string_view text, bool upper);

}  // namespace twindex::index
