// Stemmer: the stems or lemmas of one case-folded word in one language — the terms that a search
// for any inflected form of the word should meet.
//
// - pl, be: Hunspell (/usr/share/hunspell/{pl_PL,be_BY}) as a lemmatizer: Gdańsku -> gdańsk,
//   Sokółce -> sokółka, partnerstwie -> partnerstwo, Полацку -> полацк. A word can have several
//   lemmas (Gdańsku: the city and the adjective gdański); all are returned, see stemmer.cc for why.
//   Polish city names written as adjective+noun in one word (Białystok, Krasnystaw) decline both
//   parts; the dictionary lists such forms without their lemma, so Białymstoku/Białegostoku are
//   rebuilt to białystok by rule. Belarusian plurals that be_BY lists as words of their own
//   because akanye respells the stem (гарады, lemma of гарадоў) also lead to the singular
//   (горад). Words Hunspell does not know (and all words, when the dictionary is not
//   installed) go through a light suffix stemmer: Druskininkach -> druskinink, with at least 4
//   letters kept, so short words stay as they are.
// - ru, lt: Xapian's Snowball stemmers (vilniuje, vilnius, vilniaus -> viln; соглашения ->
//   соглашен). Russian ё is read as е first, as newer Snowball releases do.
// - Any other language: no stems.
//
// Input is one word as text::FoldCase gives it; output is distinct, case-folded UTF-8 terms in
// byte order (the word itself when it is its own stem), empty only for the no-op stemmer or an
// empty word. Results are deterministic and do not depend on the thread or on what was stemmed
// before.
//
// Threads: Stems() may be called from any number of threads at once. Each thread keeps its own
// small result cache and Xapian stemmer; a Hunspell dictionary (31 MB for Polish, ~190 ms to load)
// is loaded once per Stemmer on first use and shared behind a mutex, with a larger result cache
// shared by the threads, so the mutex is taken for few words and Hunspell asked once per word.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::text {

inline constexpr std::string_view kHunspellDictionaryDir = "/usr/share/hunspell";

class Stemmer {
 public:
  // Shared instances for "pl", "be", "ru", "lt"; any other tag gives a no-op stemmer. They live
  // until the program ends.
  static const Stemmer& ForLanguage(std::string_view lang);

  // A stemmer that looks for Hunspell dictionaries in `dictionary_dir` (for tests and tools; the
  // pipeline uses ForLanguage). Each thread that uses it keeps a small cache until the thread
  // ends, even after the Stemmer is gone, so make few of these.
  explicit Stemmer(std::string_view lang, std::string_view dictionary_dir = kHunspellDictionaryDir);
  ~Stemmer();

  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  std::vector<std::string> Stems(std::string_view folded_word) const;

  // Whether the case-folded word is a common word of the language: in its Hunspell dictionary
  // in lower case (proper nouns' forms are not; "daugiau" is, "białymstoku" is not). False
  // without a dictionary. Thread-safe. pl, be: asks the dictionary their stems load (on first
  // use); ru, lt: the build's image of their dictionaries (text/common_words.h), so nothing is
  // loaded and `dictionary_dir` is not used.
  bool IsCommonWord(std::string_view folded_word) const;

  // Loads the Hunspell dictionary (pl and be: their stems and common words) now rather than on
  // first use: for a process about to fork workers, or one with a core to spare while it waits.
  // Thread-safe; a no-op once loaded, without a dictionary, and for ru and lt.
  void LoadDictionary() const;

  enum class Method { kNone, kHunspell, kSnowball };
  Method method() const { return method_; }

 private:
  struct Dictionary;   // the shared, lazily loaded Hunspell (pl, be: stems and IsCommonWord)
  struct ThreadState;  // one thread's cache and Snowball stemmer for this Stemmer

  ThreadState& State() const;
  std::vector<std::string> Compute(std::string_view word, ThreadState& state) const;
  std::vector<std::string> HunspellStems(std::string_view word) const;
  std::vector<std::string> UncachedHunspellStems(std::string_view word) const;

  std::string lang_;
  Method method_ = Method::kNone;
  uint64_t id_;  // keys this stemmer's per-thread state; never reused
  std::unique_ptr<Dictionary> dictionary_;
};

}  // namespace twindex::text
