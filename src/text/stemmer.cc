#include "text/stemmer.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>
#include <functional>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

#include "text/common_words.h"
#include "text/tokenizer.h"

namespace twindex::text {
namespace {

// Result caches, in entries of ~150 bytes. Word frequencies follow Zipf's law: the 16k commonest
// words of a text are ~90% of its tokens, and a thread's own cache of them (2.5 MB) answers
// without a lock. Behind it, the Hunspell stemmers share one larger cache (64k words, ~10 MB), so
// that threads indexing the same archive look a rarer word up in Hunspell once, not once each: a
// Polish look-up costs ~20 us, against ~0.5 us for Snowball, which needs no shared cache.
constexpr size_t kThreadCacheCap = size_t{1} << 14;
constexpr size_t kSharedCacheCap = size_t{1} << 16;

// Below this many letters a word is left whole by the suffix stemmer ("dom", "mir", "ulic"...):
// with shorter stems unrelated words start to collide.
constexpr size_t kMinSuffixStem = 4;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// A word -> stems map that starts over when full: crude but cheap, and the frequent words come
// back at once.
class BoundedCache {
 public:
  explicit BoundedCache(size_t cap) : cap_(cap) {}

  const std::vector<std::string>* Find(std::string_view word) const {
    const auto it = map_.find(word);
    return it == map_.end() ? nullptr : &it->second;
  }

  void Store(std::string_view word, const std::vector<std::string>& stems) {
    if (map_.size() >= cap_) map_.clear();
    map_.emplace(std::string(word), stems);
  }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  size_t cap_;
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> map_;
};

std::u32string ToUtf32(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  std::u32string out(static_cast<size_t>(u.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  u.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
  return out;
}

std::string ToUtf8(std::u32string_view utf32) {
  std::string out;
  icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(utf32.data()),
                                static_cast<int32_t>(utf32.size()))
      .toUTF8String(out);
  return out;
}

void SortUnique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// --- The light suffix stemmer, for words the dictionary does not know -------------------------

// Removing an ending leaves the stem. Where the ending goes with a consonant alternation
// (Sokółka: Sokółce; Сакулка: Сакулцы) the stem is offered both ways, `base + keep` and
// `base + also`, so that the nominative's stem is among the oblique form's stems whichever of the
// two nouns the word is (Kielce: kielc; sokółce: sokółc, sokółk; sokółka: sokółk).
struct Alternation {
  std::u32string_view ending, keep, also;
};

struct SuffixRules {
  std::span<const Alternation> alternations;
  std::span<const std::u32string_view> endings;
};

// Polish. Declension endings of nouns and adjectives, with the soft "-i-" kept inside the ending
// (Gdynia, Gdyni, Gdynią -> gdyn; polski, polskiego, polskiej -> polsk), the -ów town names'
// endings (Tarnów, Tarnowie, Tarnowem -> tarn) and "-ai" for the Lithuanian plural place names that
// Polish texts write unchanged (Druskininkai, Druskininkach -> druskinink; Trakai).
constexpr Alternation kPolishAlternations[] = {{U"dzie", U"dz", U"d"}, {U"cie", U"c", U"t"},
                                               {U"rze", U"rz", U"r"},  {U"dze", U"dz", U"g"},
                                               {U"ce", U"c", U"k"},    {U"le", U"l", U"ł"}};
constexpr std::u32string_view kPolishEndings[] = {
    U"owymi", U"owych", U"owego", U"owemu", U"owach", U"owami", U"owej", U"owym", U"owie",
    U"owem",  U"owa",   U"owe",   U"owi",   U"owo",   U"owy",   U"ową",  U"ów",   U"iach",
    U"iami",  U"iego",  U"iemu",  U"iej",   U"ich",   U"imi",   U"iom",  U"ia",   U"ią",
    U"ię",    U"ii",    U"iu",    U"ach",   U"ami",   U"ych",   U"ymi",  U"ego",  U"emu",
    U"ej",    U"ym",    U"im",    U"om",    U"em",    U"ie",    U"ai",   U"a",    U"ą",
    U"ę",     U"e",     U"i",     U"o",     U"u",     U"y"};

// Belarusian. Noun and adjective endings; the alternations are the dictionary's own (be_BY.aff,
// SFX E: га/зе, да/дзе, ка/цы, та/це, ха/се) and the final ў of Магілёў, Магілёва.
constexpr Alternation kBelarusianAlternations[] = {{U"дзе", U"дз", U"д"}, {U"зе", U"з", U"г"},
                                                   {U"цы", U"ц", U"к"},   {U"це", U"ц", U"т"},
                                                   {U"се", U"с", U"х"},   {U"ў", U"", U"в"}};
constexpr std::u32string_view kBelarusianEndings[] = {
    U"амі", U"ямі", U"ымі", U"імі", U"ага", U"яга", U"аму", U"яму", U"ах", U"ях", U"ам",
    U"ям",  U"ой",  U"ою",  U"ей",  U"ею",  U"ай",  U"аю",  U"яй",  U"яю", U"ом", U"ем",
    U"ём",  U"ым",  U"ім",  U"ых",  U"іх",  U"ую",  U"юю",  U"ая",  U"яя", U"ае", U"ое",
    U"ыя",  U"ія",  U"ы",   U"і",   U"у",   U"ю",   U"а",   U"я",   U"е",  U"о",  U"ь"};

constexpr SuffixRules kPolishRules = {kPolishAlternations, kPolishEndings};
constexpr SuffixRules kBelarusianRules = {kBelarusianAlternations, kBelarusianEndings};

// The longest ending that leaves at least kMinSuffixStem letters wins; a word with no such ending
// is its own stem.
std::vector<std::string> SuffixStems(std::string_view word, const SuffixRules& rules) {
  const std::u32string w = ToUtf32(word);
  const Alternation* best = nullptr;
  Alternation plain;
  auto consider = [&](const Alternation& r) {
    if (!w.ends_with(r.ending) || w.size() - r.ending.size() + r.keep.size() < kMinSuffixStem)
      return false;
    return best == nullptr || r.ending.size() > best->ending.size();
  };
  for (const Alternation& r : rules.alternations)
    if (consider(r)) best = &r;
  for (std::u32string_view ending : rules.endings) {
    if (consider({ending, U"", U""})) {
      plain = {ending, U"", U""};
      best = &plain;
    }
  }
  if (best == nullptr) return {std::string(word)};
  const std::u32string base = w.substr(0, w.size() - best->ending.size());
  std::vector<std::string> stems = {ToUtf8(base + std::u32string(best->keep))};
  if (!best->also.empty()) stems.push_back(ToUtf8(base + std::u32string(best->also)));
  SortUnique(stems);
  return stems;
}

enum class Language { kNone, kPolish, kBelarusian, kRussian, kLithuanian };

Language Parse(std::string_view lang) {
  if (lang == "pl") return Language::kPolish;
  if (lang == "be") return Language::kBelarusian;
  if (lang == "ru") return Language::kRussian;
  if (lang == "lt") return Language::kLithuanian;
  return Language::kNone;
}

std::atomic<uint64_t> next_stemmer_id{1};

}  // namespace

// --- Hunspell ----------------------------------------------------------------------------------

// One Hunspell per Stemmer, shared by all threads: a copy of the Polish dictionary takes 31 MB and
// ~190 ms to load, too much to repeat per thread, while the per-thread caches leave few calls to
// contend for the mutex. Hunspell works in the dictionary's own encoding (pl_PL: ISO-8859-2), so
// words are converted with ICU on the way in and out.
struct Stemmer::Dictionary {
  Dictionary(std::string aff, std::string dic)
      : aff_path_(std::move(aff)), dic_path_(std::move(dic)) {}
  ~Dictionary() {
    std::lock_guard<std::mutex> lock(LifecycleMutex());
    hunspell_.reset();
  }

  void EnsureLoaded() {
    std::call_once(loaded_, [this] { Load(); });
  }

  // The lemmas Hunspell gives for `word`, case-folded; nullopt when it does not know the word
  // (or the word cannot be written in the dictionary's encoding, or there is no dictionary).
  std::optional<std::vector<std::string>> Lemmas(std::string_view word) {
    std::call_once(loaded_, [this] { Load(); });
    if (hunspell_ == nullptr || word.empty()) return std::nullopt;
    // Proper nouns are capitalized in the dictionary and Hunspell does not match them in lower
    // case ("grodnie" is unknown, "Grodnie" -> Grodno), while a capitalized word also matches
    // lower-case entries ("Miasta" -> miasto): so one look-up of the capitalized word finds both.
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
    const UChar32 first = u.char32At(0);
    u.replace(0, U16_LENGTH(first), u_totitle(first));

    std::lock_guard<std::mutex> lock(mu_);
    std::string encoded;
    if (!Encode(u, encoded)) return std::nullopt;
    const std::vector<std::string> stems = hunspell_->stem(encoded);
    if (stems.empty()) return std::nullopt;
    std::vector<std::string> out;
    out.reserve(stems.size());
    for (const std::string& s : stems) out.push_back(FoldCase(Decode(s)));
    SortUnique(out);
    return out;
  }

  // Whether `word`, exactly as given (lower case), is a dictionary word: a common word, as a
  // proper noun's forms are capitalized in the dictionary. nullopt without a dictionary.
  std::optional<bool> Spells(std::string_view word) {
    std::call_once(loaded_, [this] { Load(); });
    if (hunspell_ == nullptr || word.empty()) return std::nullopt;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
    std::lock_guard<std::mutex> lock(mu_);
    std::string encoded;
    if (!Encode(u, encoded)) return false;  // letters the language does not write
    return hunspell_->spell(encoded);
  }

  bool Known(std::string_view lemma) {
    const auto lemmas = Lemmas(lemma);
    return lemmas && std::binary_search(lemmas->begin(), lemmas->end(), lemma);
  }

  std::mutex results_mu;                  // guards results
  BoundedCache results{kSharedCacheCap};  // Stemmer::HunspellStems's answers, for all threads

 private:
  // Hunspell 1.7.1 counts the users of a global UTF-8 table without a lock, so two instances must
  // not be made or destroyed at once (hunspell/hunspell#727, fixed in 1.7.2).
  static std::mutex& LifecycleMutex() {
    static std::mutex mu;
    return mu;
  }

  void Load() {
    // Hunspell reports missing files on stderr and then knows no words: check first, and let a
    // missing dictionary quietly mean "no dictionary" (the suffix stemmer takes over).
    std::error_code ec;
    if (!std::filesystem::is_regular_file(aff_path_, ec) ||
        !std::filesystem::is_regular_file(dic_path_, ec))
      return;
    std::unique_ptr<Hunspell> h;
    {
      std::lock_guard<std::mutex> lock(LifecycleMutex());
      h = std::make_unique<Hunspell>(aff_path_.c_str(), dic_path_.c_str());
    }
    std::string encoding = h->get_dict_encoding();
    // Hunspell spells Windows code pages its own way; ICU knows them as windows-125x.
    if (encoding.starts_with("microsoft-cp")) encoding = "windows-" + encoding.substr(12);
    if (encoding != "UTF-8" && encoding != "utf-8") {
      UErrorCode status = U_ZERO_ERROR;
      converter_.reset(ucnv_open(encoding.c_str(), &status));
      if (U_FAILURE(status) || converter_ == nullptr) return;  // unusable: no dictionary
      // A letter the encoding lacks (Cyrillic in a Polish text) fails the conversion, so the
      // word goes straight to the suffix stemmer.
      ucnv_setFromUCallBack(converter_.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
      if (U_FAILURE(status)) return;
    }
    hunspell_ = std::move(h);
  }

  bool Encode(const icu::UnicodeString& u, std::string& out) {
    if (converter_ == nullptr) {
      u.toUTF8String(out);
      return true;
    }
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetFromUnicode(converter_.get());
    out.resize(static_cast<size_t>(u.length()) * 4 + 4);
    const int32_t n =
        ucnv_fromUChars(converter_.get(), out.data(), static_cast<int32_t>(out.size()),
                        u.getBuffer(), u.length(), &status);
    if (U_FAILURE(status)) return false;
    out.resize(static_cast<size_t>(n));
    return true;
  }

  std::string Decode(const std::string& s) {
    if (converter_ == nullptr) return s;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter_.get());
    icu::UnicodeString u;
    UChar* buf = u.getBuffer(static_cast<int32_t>(s.size()) + 1);
    const int32_t n = ucnv_toUChars(converter_.get(), buf, static_cast<int32_t>(s.size()) + 1,
                                    s.data(), static_cast<int32_t>(s.size()), &status);
    u.releaseBuffer(U_SUCCESS(status) ? n : 0);
    std::string out;
    u.toUTF8String(out);
    return out;
  }

  const std::string aff_path_;
  const std::string dic_path_;
  std::once_flag loaded_;
  std::mutex mu_;  // guards hunspell_ (not thread-safe) and converter_
  std::unique_ptr<Hunspell> hunspell_;
  std::unique_ptr<UConverter, ConverterCloser> converter_;  // null for UTF-8 dictionaries
};

// --- Per-thread state --------------------------------------------------------------------------

struct Stemmer::ThreadState {
  BoundedCache cache{kThreadCacheCap};
  // A Xapian::Stem keeps working buffers, so each thread has its own.
  std::optional<Xapian::Stem> snowball;
};

Stemmer::ThreadState& Stemmer::State() const {
  // Keyed by id, not address: a Stemmer made where a destroyed one lived gets fresh state.
  thread_local std::unordered_map<uint64_t, ThreadState> states;
  return states[id_];
}

// --- Stemmer -----------------------------------------------------------------------------------

const Stemmer& Stemmer::ForLanguage(std::string_view lang) {
  static const Stemmer pl("pl"), be("be"), ru("ru"), lt("lt"), none("");
  switch (Parse(lang)) {
    case Language::kPolish:
      return pl;
    case Language::kBelarusian:
      return be;
    case Language::kRussian:
      return ru;
    case Language::kLithuanian:
      return lt;
    case Language::kNone:
      break;
  }
  return none;
}

Stemmer::Stemmer(std::string_view lang, std::string_view dictionary_dir)
    : lang_(lang), id_(next_stemmer_id.fetch_add(1, std::memory_order_relaxed)) {
  const std::filesystem::path dir(dictionary_dir);
  switch (Parse(lang)) {
    case Language::kPolish:
    case Language::kBelarusian: {
      const std::string name = Parse(lang) == Language::kPolish ? "pl_PL" : "be_BY";
      method_ = Method::kHunspell;
      dictionary_ = std::make_unique<Dictionary>((dir / (name + ".aff")).string(),
                                                 (dir / (name + ".dic")).string());
      break;
    }
    case Language::kRussian:
    case Language::kLithuanian:
      // Their common words come from the compiled image (IsCommonWord): no dictionary to load.
      method_ = Method::kSnowball;
      break;
    case Language::kNone:
      break;
  }
}

Stemmer::~Stemmer() = default;

std::vector<std::string> Stemmer::Stems(std::string_view folded_word) const {
  if (method_ == Method::kNone || folded_word.empty()) return {};
  ThreadState& state = State();
  if (const auto* cached = state.cache.Find(folded_word)) return *cached;
  std::vector<std::string> stems = Compute(folded_word, state);
  state.cache.Store(folded_word, stems);
  return stems;
}

std::vector<std::string> Stemmer::Compute(std::string_view word, ThreadState& state) const {
  if (method_ == Method::kSnowball) {
    const bool russian = lang_ == "ru";
    if (!state.snowball) state.snowball.emplace(russian ? "russian" : "lithuanian");
    std::string w(word);
    // Russian texts mostly write ё as е; Snowball 2.0's Russian stemmer folds ё to е, Xapian
    // 1.4's older one does not (ёлка stays, елка -> елк). Same byte length, so in place.
    if (russian) {
      for (size_t i = 0; (i = w.find("ё", i)) != std::string::npos; i += 2) {
        w.replace(i, 2, "е");
      }
    }
    return {(*state.snowball)(w)};
  }
  return HunspellStems(word);
}

std::vector<std::string> Stemmer::HunspellStems(std::string_view word) const {
  {
    std::lock_guard<std::mutex> lock(dictionary_->results_mu);
    if (const auto* cached = dictionary_->results.Find(word)) return *cached;
  }
  // Two threads may both miss and compute the same word: harmless, the answers are equal.
  std::vector<std::string> stems = UncachedHunspellStems(word);
  std::lock_guard<std::mutex> lock(dictionary_->results_mu);
  dictionary_->results.Store(word, stems);
  return stems;
}

// Every lemma Hunspell gives is kept rather than one picked: Hunspell does not rank them, a form
// out of context is truly ambiguous (Gdańsku: the city Gdańsk or the adjective gdański; Lidzie:
// Lida, Lidzia or lid), and a wrong pick loses the match for good, while a spare lemma costs one
// posting and at worst a match on a related word. Documents and queries get the same sets, so a
// query word meets a document word when their sets share a term. There are few: 1.2 per Polish
// word of running text, at most ~5 (Augustowie).
std::vector<std::string> Stemmer::UncachedHunspellStems(std::string_view word) const {
  std::optional<std::vector<std::string>> lemmas = dictionary_->Lemmas(word);
  std::vector<std::string> stems = lemmas.value_or(std::vector<std::string>{});

  // Białystok, Krasnystaw: an adjective and a noun written as one word, each declined
  // (Białegostoku, Białymstoku). pl_PL lists these forms as words of their own with no lemma, so
  // when Hunspell gives nothing but the word itself, try reading it as a declined masculine
  // adjective followed by a noun: rebuild adjective-nominative + noun-lemma and keep it only if
  // the dictionary knows it as a word of its own. The dictionary decides, so no list of cities.
  const bool only_itself = stems.empty() || (stems.size() == 1 && stems[0] == word);
  if (lang_ == "pl" && only_itself) {
    struct AdjectiveEnding {
      std::string_view oblique, nominative;
    };
    static constexpr AdjectiveEnding kEndings[] = {{"ego", "y"},  {"emu", "y"},  {"ym", "y"},
                                                   {"iego", "i"}, {"iemu", "i"}, {"im", "i"}};
    constexpr size_t kMinPart = 3;  // bytes of the adjective's stem and of the noun
    for (size_t split = kMinPart + 2; split + kMinPart <= word.size(); ++split) {
      if ((static_cast<unsigned char>(word[split]) & 0xC0) == 0x80) continue;  // inside a letter
      const std::string_view adjective = word.substr(0, split);
      std::optional<std::vector<std::string>> nouns;  // looked up once a split looks promising
      for (const AdjectiveEnding& e : kEndings) {
        if (!adjective.ends_with(e.oblique) || adjective.size() < e.oblique.size() + kMinPart)
          continue;
        if (!nouns)
          nouns = dictionary_->Lemmas(word.substr(split)).value_or(std::vector<std::string>{});
        const std::string head =
            std::string(adjective.substr(0, adjective.size() - e.oblique.size())) +
            std::string(e.nominative);
        for (const std::string& noun : *nouns) {
          // After an oblique adjective the noun is oblique too: its lemma differs from it (pl_PL
          // also lists "Stoku", and "Białystoku").
          if (noun != word.substr(split) && dictionary_->Known(head + noun))
            stems.push_back(head + noun);
        }
      }
    }
  }

  // Горад, гарады: a Belarusian noun whose plural moves the stress off the stem writes the
  // stem's о as а (akanye), and be_BY lists such a plural as a word of its own, the lemma of
  // гарадоў and гарадамі, with no link to the singular. So a plural lemma (-ы, -і) also gets the
  // singular it comes from, when the dictionary knows it as a common word: the lemma without its
  // ending, its first а read as о (the singular's stressed syllable: горад, голас). The
  // dictionary decides, so no list of nouns.
  if (lang_ == "be") {
    const size_t lemmas = stems.size();
    for (size_t i = 0; i < lemmas; ++i) {
      std::string singular = stems[i];
      if (!singular.ends_with("ы") && !singular.ends_with("і")) continue;
      singular.resize(singular.size() - std::string_view("ы").size());  // ы and і: two bytes
      const size_t a = singular.find("а");
      if (a == std::string::npos) continue;
      singular.replace(a, std::string_view("а").size(), "о");  // same byte length
      if (dictionary_->Spells(singular).value_or(false) && dictionary_->Known(singular))
        stems.push_back(std::move(singular));
    }
  }

  if (stems.empty()) {
    stems = SuffixStems(word, lang_ == "pl" ? kPolishRules : kBelarusianRules);
  }
  SortUnique(stems);
  return stems;
}

void Stemmer::LoadDictionary() const {
  if (dictionary_) dictionary_->EnsureLoaded();
}

bool Stemmer::IsCommonWord(std::string_view folded_word) const {
  if (dictionary_ == nullptr) return common_words::View::Default().Spells(lang_, folded_word);
  // Asked for the same capitalized words again and again (the city tagger's neighbours):
  // remembered per thread and stemmer, as Stems() is.
  thread_local std::unordered_map<uint64_t, std::unordered_map<std::string, bool>> caches;
  std::unordered_map<std::string, bool>& cache = caches[id_];
  std::string key(folded_word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() > 50'000) cache.clear();
  bool common = dictionary_->Spells(folded_word).value_or(false);
  cache.emplace(std::move(key), common);
  return common;
}

}  // namespace twindex::text
