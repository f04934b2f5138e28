// EditDistance: Levenshtein distance between two strings of code points (insertions, deletions
// and substitutions cost 1), in O(|a| * |b|) time and O(|b|) memory.
#pragma once

#include <cstddef>
#include <string_view>

namespace twindex::text {

size_t EditDistance(std::u32string_view a, std::u32string_view b);

}  // namespace twindex::text
