#include "text/charset.h"

#include <gtest/gtest.h>
#include <unicode/localpointer.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace twindex::text {
namespace {

// ---- Helpers: ICU directly, so expectations do not depend on the code under test ----------

// `utf8` in `charset`; fails the test if the charset cannot hold every character.
std::string Encode(const std::string& utf8, const std::string& charset) {
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

std::string DecodeWithIcu(const std::string& bytes, const std::string& charset) {
  std::string out;
  icu::UnicodeString(bytes.data(), bytes.size(), charset.c_str()).toUTF8String(out);
  return out;
}

bool IsValidUtf8(const std::string& s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0) return false;
  }
  return true;
}

// ---- Every sample in every encoding its language is written in ---------------------------

struct Sample {
  std::string name;
  std::string text;
  std::vector<std::string> charsets;  // legacy code pages that can hold the text
};

// Code pages of one script that decode most bytes alike; the first is reported when both give
// the same text.
const std::vector<std::vector<std::string>> kFamilies = {
    {"windows-1250", "ISO-8859-2"}, {"windows-1251", "KOI8-R"}, {"windows-1257", "ISO-8859-13"}};

const std::vector<std::string> kPolish = {"windows-1250", "ISO-8859-2"};
const std::vector<std::string> kLithuanian = {"windows-1257", "ISO-8859-13"};
const std::vector<std::string> kRussian = {"windows-1251", "KOI8-R"};
const std::vector<std::string> kBelarusian = {"windows-1251"};  // KOI8-R has no і or ў

const std::vector<Sample>& Samples() {
  static const auto& samples = *new std::vector<Sample>{
      {"PolishLong",
       "Umowa o współpracy partnerskiej między Białymstokiem a Grodnem została podpisana "
       "27 kwietnia 2017 r. Obie strony zobowiązują się rozwijać wymianę młodzieży i kontakty "
       "przedsiębiorców, a źródłem finansowania będą środki własne obu miast.",
       kPolish},
      {"PolishShort", "Sokółka i Grodno zacieśniają współpracę.", kPolish},
      // Ó and Ł in windows-1250 form a valid UTF-8 sequence.
      {"PolishUpperCase", "UMOWA O WSPÓŁPRACY PARTNERSKIEJ", kPolish},
      {"PolishNoLettersThatDiffer", "Gdańsk, Łódź i Sopot: wspólne ćwiczenia służb.", kPolish},
      {"LithuanianLong",
       "2019 m. birželio 12 d. Kaune pasirašyta Kauno ir Lublino miestų partnerystės sutartis. "
       "Šalys įsipareigoja plėtoti bendradarbiavimą kultūros, švietimo ir turizmo srityse, ypač "
       "remti jaunimo mainus ir „gerosios patirties“ sklaidą.",
       kLithuanian},
      {"LithuanianShort", "Vilnius ir Gdanskas plėtoja partnerystę.", kLithuanian},
      {"BelarusianLong",
       "12 чэрвеня 2015 г. у Гродне падпісана дамова аб супрацоўніцтве паміж гарадамі Гродна і "
       "Беласток. Бакі аб'ядноўваюць намаганні, каб развіваць культурныя абмены і падтрымліваць "
       "сувязі паміж прадпрыемствамі.",
       kBelarusian},
      {"BelarusianShort", "Полацк і Брэст падпісалі дамову ў 2018 г.", kBelarusian},
      {"BelarusianQuoted", "Дамова з Беластокам: «Бакі аб’ядноўваюць намаганні».", kBelarusian},
      {"RussianLong",
       "Соглашение о побратимских связях между городами Брест и Бяла-Подляска подписано 15 мая "
       "2009 года. Стороны будут содействовать обмену делегациями, развитию туризма и "
       "совместным проектам в области образования и охраны окружающей среды. Ещё одним "
       "направлением станет поддержка малого бизнеса.",
       kRussian},
      {"RussianShort", "Полоцк и Гданьск заключили договор о дружбе.", kRussian},
      {"RussianLowerCase", "подписано соглашение о сотрудничестве городов", kRussian},
      {"RussianUpperCase", "СОГЛАШЕНИЕ О ПОБРАТИМСКИХ СВЯЗЯХ МЕЖДУ ГОРОДАМИ", kRussian},
  };
  return samples;
}

const std::string& SampleText(std::string_view name) {
  for (const Sample& sample : Samples()) {
    if (sample.name == name) return sample.text;
  }
  throw std::logic_error("no sample " + std::string(name));
}

struct Case {
  const Sample* sample;
  std::string encoding;  // a charset, or "UTF-8", "UTF-16LE", ... with "+BOM"
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.sample->name << " in " << c.encoding; }

std::vector<Case> AllCases() {
  std::vector<Case> cases;
  for (const Sample& sample : Samples()) {
    for (const std::string& charset : sample.charsets) cases.push_back({&sample, charset});
    for (const char* unicode :
         {"UTF-8", "UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-16LE", "UTF-16BE"}) {
      cases.push_back({&sample, unicode});
    }
  }
  return cases;
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

  // Of two code pages that give the same text, the family's first is the one to report.
  std::string expected = charset;
  for (const auto& family : kFamilies) {
    if (std::find(family.begin(), family.end(), charset) != family.end() &&
        DecodeWithIcu(bytes, family.front()) == text) {
      expected = family.front();
    }
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

// The samples must exercise what tells family members apart, or the tests above prove little.
TEST(CharsetSamplesTest, CoverBytesWhereFamiliesDiffer) {
  const std::string& polish = SampleText("PolishLong");
  EXPECT_NE(DecodeWithIcu(Encode(polish, "ISO-8859-2"), "windows-1250"), polish);
  const std::string& lithuanian = SampleText("LithuanianLong");
  EXPECT_NE(DecodeWithIcu(Encode(lithuanian, "ISO-8859-13"), "windows-1257"), lithuanian);
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
}  // namespace twindex::text
