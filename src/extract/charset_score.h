// CharsetScore: how much a decoding looks like text in Polish, Belarusian, Lithuanian or Russian,
// the measure by which DecodeToUtf8 (charset.h) chooses among the code pages that could have
// written a file.
//
// A wrong code page turns the letters of one alphabet into symbols (±, ¶, box drawing), C1
// controls, letters no language here writes (ŕ, ř, Ј), letters of a neighbour's alphabet, or
// letters of the right alphabet in scrambled order and case (windows-1251 read as KOI8-R). So a
// decoding is charged, in each language, the cost (-ln P) of each pair of letters and of each
// word's first and last letter, from data/charset_bigrams.inc (the pairs of the language
// identifier's model, made from hunspell dictionaries); it is judged as the language it fits
// best. What no text of ours holds costs the same in every language: odd symbols (a run of one
// costs once: DOS frames), controls, a symbol glued to a word or between its letters, a stray
// quotation mark, an upper-case letter after a lower-case one, Latin and Cyrillic in one word.
#pragma once

#include <cstdint>
#include <string_view>

namespace twindex::extract {

// Minus the cost in 1/12 nat: higher is better; only differences between decodings of the same
// bytes mean anything. Thread-safe.
int64_t Plausibility(std::u16string_view text);

}  // namespace twindex::extract
