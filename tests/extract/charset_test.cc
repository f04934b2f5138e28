#include "extract/charset.h"

#include <gtest/gtest.h>
#include <iconv.h>
#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "test_support.h"

namespace twindex::extract {
namespace {

// ---- Helpers: ICU (or iconv) directly, so expectations do not depend on the code under test --

// iconv for what ICU's data lacks (ISO-8859-16 in Debian's ICU 72); throws if the charset cannot
// hold every character.
std::string Iconv(const std::string& bytes, const std::string& from, const std::string& to) {
  const iconv_t cd = iconv_open(to.c_str(), from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::invalid_argument("no charset " + from + to);
  std::string in = bytes;
  std::string out(bytes.size() * 4 + 4, '\0');
  char* in_ptr = in.data();
  char* out_ptr = out.data();
  size_t in_left = in.size();
  size_t out_left = out.size();
  const size_t result = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  if (result == static_cast<size_t>(-1)) throw std::runtime_error(to + " cannot hold: " + bytes);
  out.resize(out.size() - out_left);
  return out;
}

bool IcuKnows(const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer converter(ucnv_open(charset.c_str(), &status));
  return converter.isValid();
}

// `utf8` in `charset`; throws if the charset cannot hold every character.
std::string Encode(const std::string& utf8, const std::string& charset) {
  if (!IcuKnows(charset)) return Iconv(utf8, "UTF-8", charset);
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUConverterPointer converter(ucnv_open(charset.c_str(), &status));
  ucnv_setFromUCallBack(converter.getAlias(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(text.length() * 4 + 4, '\0');
  const int32_t length = ucnv_fromUChars(converter.getAlias(), out.data(), out.size(),
                                         text.getBuffer(), text.length(), &status);
  if (U_FAILURE(status)) throw std::runtime_error(charset + " cannot hold: " + utf8);
  out.resize(length);
  return out;
}

std::string DecodeIndependently(const std::string& bytes, const std::string& charset) {
  if (!IcuKnows(charset)) return Iconv(bytes, charset, "UTF-8");
  std::string out;
  icu::UnicodeString(bytes.data(), bytes.size(), charset.c_str()).toUTF8String(out);
  return out;
}

bool CanHold(const std::string& charset, const std::string& utf8) {
  try {
    Encode(utf8, charset);
    return true;
  } catch (const std::runtime_error&) {
    return false;
  }
}

bool IsValidUtf8(const std::string& s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0) return false;
  }
  return true;
}

// ---- Every sample in every code page of its script that can hold it ----------------------

// The legacy code pages in the order charset.h promises to report them in when several decode
// the bytes to the same text, under the names it reports.
const std::vector<std::string> kLatinPages = {
    "windows-1250",          "ISO-8859-2",  "IBM852",
    "x-mac-centraleurroman", "ISO-8859-16", "windows-1257",
    "ISO-8859-13",           "ISO-8859-4",  "ISO-8859-10"};
const std::vector<std::string> kCyrillicPages = {
    "windows-1251", "KOI8-R", "IBM866", "KOI8-U", "ISO-8859-5", "IBM855", "x-mac-cyrillic"};

enum class Script { kLatin, kCyrillic };

struct Sample {
  std::string name;
  std::string text;
  Script script;
};

const std::vector<std::string>& PagesOf(Script script) {
  return script == Script::kLatin ? kLatinPages : kCyrillicPages;
}

const std::vector<Sample>& Samples() {
  static const auto& samples = *new std::vector<Sample>{
      {"PolishLong",
       "Umowa o współpracy partnerskiej między Białymstokiem a Grodnem została podpisana "
       "27 kwietnia 2017 r. Obie strony zobowiązują się rozwijać wymianę młodzieży i kontakty "
       "przedsiębiorców, a źródłem finansowania będą środki własne obu miast.",
       Script::kLatin},
      {"PolishShort", "Sokółka i Grodno zacieśniają współpracę.", Script::kLatin},
      // Ó and Ł in windows-1250 form a valid UTF-8 sequence.
      {"PolishUpperCase", "UMOWA O WSPÓŁPRACY PARTNERSKIEJ", Script::kLatin},
      {"PolishNoLettersThatDiffer", "Gdańsk, Łódź i Sopot: wspólne ćwiczenia służb.",
       Script::kLatin},
      {"PolishTwinCities",
       "Kraków i Wilno łączy umowa partnerska, a współpraca obu miast obejmuje także kulturę, "
       "naukę i turystykę. Każdego roku uczniowie wyjeżdżają na wymiany, poznają zabytki "
       "starówki i ćwiczą język sąsiadów. Źródłem przyjaźni jest wspólna historia, której ślady "
       "widać w kościołach, pałacach i na cmentarzu na Rossie. Gdańsk też ma w Wilnie przyjaciół.",
       Script::kLatin},
      {"PolishLine", "Lublin i Łuck świętują jubileusz partnerstwa.", Script::kLatin},
      {"LithuanianLong",
       "2019 m. birželio 12 d. Kaune pasirašyta Kauno ir Lublino miestų partnerystės sutartis. "
       "Šalys įsipareigoja plėtoti bendradarbiavimą kultūros, švietimo ir turizmo srityse, ypač "
       "remti jaunimo mainus ir „gerosios patirties“ sklaidą.",
       Script::kLatin},
      {"LithuanianShort", "Vilnius ir Gdanskas plėtoja partnerystę.", Script::kLatin},
      {"LithuanianTwinCities",
       "Vilnius ir Krokuva bendradarbiauja jau daugelį metų. Abu miestai keičiasi meno "
       "parodomis, studentų grupėmis ir muziejų kūrėjais. Senamiesčio gatvėse kasmet švenčiama "
       "bendra šventė, o jaunimas tęsia mainus ir pažįsta kaimynų kalbą bei istoriją.",
       Script::kLatin},
      {"LithuanianLine", "Vilnius ir Varšuva stiprina miestų draugystę.", Script::kLatin},
      {"BelarusianLong",
       "12 чэрвеня 2015 г. у Гродне падпісана дамова аб супрацоўніцтве паміж гарадамі Гродна і "
       "Беласток. Бакі аб'ядноўваюць намаганні, каб развіваць культурныя абмены і падтрымліваць "
       "сувязі паміж прадпрыемствамі.",
       Script::kCyrillic},
      {"BelarusianShort", "Полацк і Брэст падпісалі дамову ў 2018 г.", Script::kCyrillic},
      {"BelarusianQuoted", "Дамова з Беластокам: «Бакі аб’ядноўваюць намаганні».",
       Script::kCyrillic},
      {"BelarusianTwinCities",
       "Брэст і Люблін супрацоўнічаюць ужо больш за дваццаць гадоў. Гарады абменьваюцца "
       "дэлегацыямі, мастацкімі выставамі і спартыўнымі камандамі, а студэнты вучацца па "
       "праграмах абмену. Жыхары памятаюць агульную гісторыю, і ў кожнай сям'і ёсць сябры за "
       "мяжой.",
       Script::kCyrillic},
      {"BelarusianLine", "Віцебск і Зялёна-Гура сябруюць ужо шмат гадоў.", Script::kCyrillic},
      // KOI8-U has і but no ў.
      {"BelarusianLineWithoutU", "Гродна і Беласток разам святкуюць юбілей.", Script::kCyrillic},
      {"RussianLong",
       "Соглашение о побратимских связях между городами Брест и Бяла-Подляска подписано 15 мая "
       "2009 года. Стороны будут содействовать обмену делегациями, развитию туризма и "
       "совместным проектам в области образования и охраны окружающей среды. Ещё одним "
       "направлением станет поддержка малого бизнеса.",
       Script::kCyrillic},
      {"RussianShort", "Полоцк и Гданьск заключили договор о дружбе.", Script::kCyrillic},
      {"RussianLowerCase", "подписано соглашение о сотрудничестве городов", Script::kCyrillic},
      {"RussianUpperCase", "СОГЛАШЕНИЕ О ПОБРАТИМСКИХ СВЯЗЯХ МЕЖДУ ГОРОДАМИ", Script::kCyrillic},
      {"RussianTwinCities",
       "Гродно и Белосток стали городами-побратимами ещё в девяностые годы. С тех пор музеи "
       "обоих городов обмениваются выставками, а школьники ездят друг к другу в летние лагеря. "
       "Этот союз объединяет жителей, которые вспоминают общую историю и вместе отмечают "
       "праздник города.",
       Script::kCyrillic},
      {"RussianLine", "Брест и Тересполь связывает пограничный переход.", Script::kCyrillic},
  };
  return samples;
}

const Sample& SampleNamed(std::string_view name) {
  for (const Sample& sample : Samples()) {
    if (sample.name == name) return sample;
  }
  throw std::logic_error("no sample " + std::string(name));
}

const std::string& SampleText(std::string_view name) { return SampleNamed(name).text; }

struct Case {
  const Sample* sample;
  std::string encoding;  // a charset, or "UTF-8", "UTF-16LE", ... with "+BOM"
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.sample->name << " in " << c.encoding; }

std::vector<Case> AllCases() {
  std::vector<Case> cases;
  for (const Sample& sample : Samples()) {
    for (const std::string& charset : PagesOf(sample.script)) {
      if (CanHold(charset, sample.text)) cases.push_back({&sample, charset});
    }
    for (const char* unicode :
         {"UTF-8", "UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-16LE", "UTF-16BE"}) {
      cases.push_back({&sample, unicode});
    }
  }
  return cases;
}

// Of the code pages that decode `bytes` to `text`, the one to report.
std::string CommonestPageGiving(const std::string& bytes, const std::string& text, Script script) {
  for (const std::string& charset : PagesOf(script)) {
    if (DecodeIndependently(bytes, charset) == text) return charset;
  }
  return "";
}

class DecodeSampleTest : public ::testing::TestWithParam<Case> {};

TEST_P(DecodeSampleTest, DecodesToTheOriginalAndNamesTheCharset) {
  const std::string& text = GetParam().sample->text;
  std::string charset = GetParam().encoding;
  std::string bytes;
  if (charset.ends_with("+BOM")) {
    charset.resize(charset.size() - 4);
    bytes = Encode("\uFEFF", charset);
  }
  bytes += Encode(text, charset);

  std::string expected = charset;
  if (!charset.starts_with("UTF-")) {
    expected = CommonestPageGiving(bytes, text, GetParam().sample->script);
  }

  const DecodedText decoded = DecodeToUtf8(bytes);
  EXPECT_EQ(decoded.utf8, text);
  EXPECT_EQ(decoded.encoding, expected);
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, DecodeSampleTest, ::testing::ValuesIn(AllCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.sample->name + "_";
                           for (char c : info.param.encoding) {
                             if (std::isalnum(static_cast<unsigned char>(c))) name += c;
                           }
                           return name;
                         });

// The samples must exercise every code page in every language it can hold, and what tells
// similar code pages apart, or the tests above prove little.
TEST(CharsetSamplesTest, CoverEveryPageInEveryLanguageItHolds) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"PolishTwinCities",
       {"windows-1250", "ISO-8859-2", "IBM852", "x-mac-centraleurroman", "ISO-8859-16"}},
      {"LithuanianTwinCities",
       {"windows-1257", "ISO-8859-4", "ISO-8859-10", "x-mac-centraleurroman"}},
      {"LithuanianLong", {"ISO-8859-13"}},  // its quotation marks tell it from windows-1257
      {"BelarusianTwinCities",
       {"windows-1251", "ISO-8859-5", "IBM855", "x-mac-cyrillic"}},  // KOI8-R/U, IBM866: no ў, і
      {"BelarusianLineWithoutU", {"KOI8-U"}},
      // Russian in KOI8-U is Russian in KOI8-R.
      {"RussianTwinCities",
       {"windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "IBM855", "x-mac-cyrillic"}},
  };
  for (const auto& [name, pages] : expected) {
    for (const std::string& page : pages) {
      EXPECT_TRUE(CanHold(page, SampleText(name))) << name << " in " << page;
      const std::string bytes = Encode(SampleText(name), page);
      // Reported under its own name: the sample holds letters that the commoner pages decode
      // differently.
      EXPECT_EQ(CommonestPageGiving(bytes, SampleText(name), SampleNamed(name).script), page)
          << name << " in " << page;
    }
  }
}

// ---- Other rules ---------------------------------------------------------------------------

TEST(DecodeToUtf8Test, EmptyInputIsEmptyUtf8) {
  const DecodedText decoded = DecodeToUtf8("");
  EXPECT_EQ(decoded.utf8, "");
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(DecodeToUtf8Test, AsciiIsUtf8) {
  const DecodedText decoded = DecodeToUtf8("Twin towns: Kaunas, Brest.\n");
  EXPECT_EQ(decoded.utf8, "Twin towns: Kaunas, Brest.\n");
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(DecodeToUtf8Test, Utf8WithSymbolsAndOtherScriptsStaysUtf8) {
  const std::string text =
      "Partnerstwo Gdańska z Turku i Kalmarem, logo: ★ ©, budżet 5 000 € ± 2%, "
      "Ἀθῆναι, 東京, ∑ 😀";
  const DecodedText decoded = DecodeToUtf8(text);
  EXPECT_EQ(decoded.utf8, text);
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(DecodeToUtf8Test, Utf8WithOneBadByteStaysUtf8) {
  const std::string& text = SampleText("PolishLong");
  const size_t cut = text.find("Grodnem");
  const std::string bytes = text.substr(0, cut) + "\xFF" + text.substr(cut);
  const DecodedText decoded = DecodeToUtf8(bytes);
  EXPECT_EQ(decoded.encoding, "UTF-8");
  EXPECT_EQ(decoded.utf8, text.substr(0, cut) + "\uFFFD" + text.substr(cut));
}

TEST(DecodeToUtf8Test, DeclaredCharsetIsHonoured) {
  // Nothing here differs between the two, so only the declaration can name ISO-8859-13.
  const std::string bytes = Encode("Vilnius ir Gdanskas plėtoja partnerystę.", "ISO-8859-13");
  EXPECT_EQ(DecodeToUtf8(bytes).encoding, "windows-1257");
  EXPECT_EQ(DecodeToUtf8(bytes, "ISO-8859-13").encoding, "ISO-8859-13");
  EXPECT_EQ(DecodeToUtf8(bytes, "iso8859-13").encoding, "ISO-8859-13");  // an alias
}

TEST(DecodeToUtf8Test, DeclaredCharsetThatDoesNotFitIsIgnored) {
  const std::string& text = SampleText("PolishLong");
  const DecodedText decoded = DecodeToUtf8(Encode(text, "windows-1250"), "UTF-8");
  EXPECT_EQ(decoded.utf8, text);
  EXPECT_EQ(decoded.encoding, "windows-1250");
}

TEST(DecodeToUtf8Test, UnknownDeclaredCharsetIsIgnored) {
  const std::string& text = SampleText("RussianLong");
  const DecodedText decoded = DecodeToUtf8(Encode(text, "KOI8-R"), "x-no-such-charset");
  EXPECT_EQ(decoded.utf8, text);
  EXPECT_EQ(decoded.encoding, "KOI8-R");
}

TEST(DecodeToUtf8Test, BomOverridesDeclaredCharset) {
  const DecodedText decoded = DecodeToUtf8(
      "\xEF\xBB\xBF"
      "Gdańsk",
      "windows-1250");
  EXPECT_EQ(decoded.utf8, "Gdańsk");
  EXPECT_EQ(decoded.encoding, "UTF-8");
}

// How short a text may be: every stretch of kReliableLength characters (cut at a word start) of
// the longer samples decodes right in every code page of its script that holds it. Measured
// 2026-12: from 55 characters on all of them; from 20 on, 99.5%; the few failures are stretches in
// which one letter alone tells two pages apart ("С тех" in windows-1251 reads "— тех" in
// x-mac-cyrillic).
constexpr int kReliableLength = 55;

TEST(DecodeToUtf8Test, EveryStretchOfReliableLengthDecodes) {
  int stretches = 0;
  for (const Sample& sample : Samples()) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(sample.text);
    if (text.length() < 2 * kReliableLength) continue;
    for (const std::string& charset : PagesOf(sample.script)) {
      if (!CanHold(charset, sample.text)) continue;
      for (int start = 0; start + kReliableLength <= text.length();
           start = text.indexOf(u' ', start) + 1) {
        std::string stretch;
        text.tempSubString(start, kReliableLength).toUTF8String(stretch);
        EXPECT_EQ(DecodeToUtf8(Encode(stretch, charset)).utf8, stretch) << "in " << charset;
        ++stretches;
        if (text.indexOf(u' ', start) < 0) break;
      }
    }
  }
  EXPECT_GT(stretches, 1000);
}

// The documents behind the sample PDFs were not looked at while the scoring was tuned: each
// whole one decodes right in every code page of its script that can hold it, and nearly every
// stretch of kReliableLength characters does (charset.h gives the measured share).
TEST(DecodeToUtf8Test, TextsNotUsedInTuningDecode) {
  int stretches = 0;
  int right = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::TestDataDir() / "pdf-src")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string name = entry.path().filename().string();
    const Script script =
        name.starts_with("pl-") || name.starts_with("lt-") ? Script::kLatin : Script::kCyrillic;
    const std::string text = testing::ReadFile(entry.path());
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    for (const std::string& charset : PagesOf(script)) {
      if (CanHold(charset, text)) {
        EXPECT_EQ(DecodeToUtf8(Encode(text, charset)).utf8, text) << name << " in " << charset;
      }
      for (int start = 0; start + kReliableLength <= unicode.length();
           start = unicode.indexOf(u' ', start) + 1) {
        std::string stretch;
        unicode.tempSubString(start, kReliableLength).toUTF8String(stretch);
        if (CanHold(charset, stretch)) {
          ++stretches;
          right += DecodeToUtf8(Encode(stretch, charset)).utf8 == stretch;
        }
        if (unicode.indexOf(u' ', start) < 0) break;
      }
    }
  }
  EXPECT_GT(stretches, 10000);
  EXPECT_GE(right, stretches * 0.99) << right << " of " << stretches;
}

// The choice is made on 16 KiB: those must be where the text beyond ASCII is, and the rest of a
// larger file is decoded the same way.
TEST(DecodeToUtf8Test, LongAsciiHeadDoesNotHideTheCharset) {
  const std::string head = std::string(40000, '=') + "\n";
  const std::string& text = SampleText("RussianTwinCities");
  const DecodedText decoded = DecodeToUtf8(head + Encode(text, "IBM866"));
  EXPECT_EQ(decoded.encoding, "IBM866");
  EXPECT_EQ(decoded.utf8, head + text);
}

TEST(DecodeToUtf8Test, LargeFileDecodesWhole) {
  std::string text;
  while (text.size() < 100000) text += SampleText("PolishTwinCities") + "\n";
  const DecodedText decoded = DecodeToUtf8(Encode(text, "IBM852"));
  EXPECT_EQ(decoded.encoding, "IBM852");
  EXPECT_EQ(decoded.utf8, text);
}

// Cyrillic in UTF-16 has no byte beyond ASCII; its 0x04 and 0x00 bytes tell where the text is.
TEST(DecodeToUtf8Test, LargeUtf16FileWithoutBomDecodesWhole) {
  for (const char* name : {"PolishTwinCities", "RussianTwinCities"}) {
    std::string text;
    while (text.size() < 100000) text += SampleText(name) + "\n";
    for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
      const DecodedText decoded = DecodeToUtf8(Encode(text, charset));
      EXPECT_EQ(decoded.encoding, charset) << name;
      EXPECT_EQ(decoded.utf8, text) << name;
    }
  }
}

// DOS texts draw tables and frames with box drawing, which other code pages read as letters.
TEST(DecodeToUtf8Test, DosTextWithBoxDrawingIsDos) {
  const std::string text =
      "╔══════════════════════════════╗\n"
      "║ Гродно - Белосток, 1995 г.   ║\n"
      "╚══════════════════════════════╝\n"
      "Города обменялись делегациями.\n";
  const DecodedText decoded = DecodeToUtf8(Encode(text, "IBM866"));
  EXPECT_EQ(decoded.encoding, "IBM866");
  EXPECT_EQ(decoded.utf8, text);
}

TEST(DecodeToUtf8Test, Iso885916IsKnownByItsNames) {
  EXPECT_EQ(ConvertToUtf8("\xA1\xA2\xD7\xF7\xDD\xFD", "ISO-8859-16"), "ĄąŚśĘę");
  EXPECT_EQ(ConvertToUtf8("\xA1", "latin10"), "Ą");
  const std::string bytes = Encode("Gdańsk", "ISO-8859-16");
  EXPECT_EQ(DecodeToUtf8(bytes, "iso8859-16").encoding, "ISO-8859-16");
}

TEST(DecodeToUtf8Test, ArbitraryBytesBecomeValidUtf8) {
  std::mt19937 random(42);
  std::string bytes(4096, '\0');
  for (char& b : bytes) b = static_cast<char>(random());
  const DecodedText decoded = DecodeToUtf8(bytes);
  EXPECT_TRUE(IsValidUtf8(decoded.utf8));
  EXPECT_FALSE(decoded.utf8.empty());
}

TEST(ConvertToUtf8Test, ConvertsNamedCharset) {
  EXPECT_EQ(ConvertToUtf8("\xF0\xCF\xCC\xCF\xC3\xCB", "KOI8-R"), "Полоцк");
  EXPECT_EQ(ConvertToUtf8("Bia\xB3ystok", "cp1250"), "Białystok");
}

TEST(ConvertToUtf8Test, BadBytesBecomeReplacementCharacters) {
  EXPECT_EQ(ConvertToUtf8("a\xFF"
                          "b\xC3",
                          "UTF-8"),
            "a\uFFFDb\uFFFD");
  EXPECT_EQ(ConvertToUtf8("a\xA1"
                          "b",
                          "windows-1257"),
            "a\uFFFDb");  // unassigned byte
}

TEST(ConvertToUtf8Test, UnknownCharsetThrows) {
  EXPECT_THROW(ConvertToUtf8("abc", "x-no-such-charset"), std::invalid_argument);
  EXPECT_THROW(ConvertToUtf8("abc", ""), std::invalid_argument);
}

}  // namespace
}  // namespace twindex::extract
