// CharsetScore: how much a decoding looks like text in Polish, Belarusian, Lithuanian or Russian,
// the measure by which DecodeToUtf8 (charset.h) chooses among the code pages that could have
// written a file.
//
// A wrong code page turns the letters of one alphabet into symbols (±, ¶, box drawing), C1
// controls, letters no language here writes (ŕ, ř, Ј), letters of a neighbour's alphabet, or
// letters of the right alphabet in scrambled order and case (windows-1251 read as KOI8-R). So a
// decoding earns points for each frequent letter and letter pair of a language and loses points
// for what no text in that language holds; it is judged as the language it fits best.
#pragma once

#include <cstdint>
#include <string_view>

namespace twindex::extract {

// Higher is better; only differences between decodings of the same bytes mean anything. ASCII
// letters cost nothing: every candidate decodes them alike. Thread-safe.
int64_t Plausibility(std::u16string_view text);

}  // namespace twindex::extract
