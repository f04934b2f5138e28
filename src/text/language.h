// Language: which language a page or a document is written in.
//
// IdentifyLanguage returns an ISO 639-1 code or "" (undetermined). The codes: the archive's
// languages "pl", "be", "lt", "ru"; then "uk", "en", "de", and "fr", "es", "it", "nl", "cs", "sk",
// "lv", which a short ambiguous text must outweigh a prior against (so a heading stays with the
// archive's languages). Other languages come out as the nearest of these (Bulgarian as Russian).
// "" when the text gives too little to go on: no letters, only numbers, fewer than four letters,
// mostly letters of a script the model does not know (Greek, Chinese, ...), or a short text
// (under 80 letters, about 100 characters) whose confidence is below 0.8 (0.9 when it is mostly
// names): for a caption or a note, no language is better than a wrong one. `confidence` is in
// (0, 1]: about 0.5 for a near tie between two languages, above 0.9 for a clear sentence; 0 with
// "".
//
// By length (tests/eval/langid/by_length.tsv, held out: 180 paragraphs in pl, be, lt, ru, en,
// de naming foreign towns and people, cut on word boundaries; `langid_eval --by-length`): from
// 100 characters on, right every time; at 50 characters 98.4% right, 0.2% wrong, the rest
// undetermined; at 20 characters (two or three words) 84.5% right, 2.7% wrong, 12.8%
// undetermined.
// Names - capitalized words within a sentence - count a twentieth of an ordinary word unless the
// text has little else, so "Frankfurt (Oder)" or "Jean-Pierre Dupont" in a Lithuanian paragraph
// does not make it German or English.
//
// Method: naive Bayes over the character 1- to 4-grams of each word, with a model compiled into
// the binary (data/language_model.inc, made by data/make_language_model.py from Debian's hunspell
// dictionaries). Chosen over CLD2 and libexttextcat by tests/eval/langid_eval (2026-11): on the
// hand-written snippets of 100+ characters it and CLD2 are both right every time (libexttextcat
// 90-95%, taking Belarusian for Russian or Rusyn); on 30-character headings it was right 99.3%
// of the time against CLD2's 98.6% (95.2% without CLD2's best-effort flag, which otherwise
// answers "unknown"), on simulated OCR noise 99.3% against 96.6%; it is over ten times faster than
// CLD2 and needs no library. Since it abstains on short uncertain text (2026-12) it is right on
// 96.9% of those headings, undetermined on 2.4% and wrong on 0.7% (as before). Belarusian and
// Russian differ in letters (і, ў, ' against и, щ, ъ) and endings, so the two are told apart
// reliably from about a sentence on; a few words may not do. OCR often reads a Cyrillic letter as
// the Latin one that looks the same (and the reverse); such a letter is read in its word's script,
// and a word made only of look-alikes (a, o, c, i, ...) in the text's main script.
//
// Thread-safe (only constant tables). Reads at most 1.5 KiB: of a longer text, three evenly
// spaced windows of 512 bytes, so a whole document costs no more than a page (0.05-0.1 ms).
// Input is UTF-8; ill-formed bytes count as non-letters.
#pragma once

#include <string>
#include <string_view>

namespace twindex::text {

struct LanguageGuess {
  std::string code;  // ISO 639-1, "" = undetermined
  double confidence = 0;
};

LanguageGuess IdentifyLanguage(std::string_view utf8);

}  // namespace twindex::text
