#include "serve/i18n.h"

#include <gtest/gtest.h>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <utility>

namespace twindex::serve {
namespace {

TEST(I18n, EveryStringIsTranslatedInEveryLanguage) {
  for (Ui ui : kUiLanguages) {
    const UiText& t = Text(ui);
#define TWINDEX_EXPECT_TEXT(name) EXPECT_FALSE(t.name.empty()) << Code(ui) << " " #name;
    TWINDEX_UI_STRINGS(TWINDEX_EXPECT_TEXT)
#undef TWINDEX_EXPECT_TEXT
  }
  // Translated, not copied: each language's search button differs from the English one.
  for (Ui ui : {Ui::kPl, Ui::kBe, Ui::kLt, Ui::kRu})
    EXPECT_NE(Text(ui).search_button, Text(Ui::kEn).search_button) << Code(ui);
}

TEST(Negotiate, PicksTheHighestQualityLanguageItHas) {
  EXPECT_EQ(Negotiate("ru-RU,ru;q=0.9,en;q=0.8"), Ui::kRu);
  EXPECT_EQ(Negotiate("de-DE,de;q=0.9,lt;q=0.5,pl;q=0.7"), Ui::kPl);
  EXPECT_EQ(Negotiate("en;q=0.2, be-BY"), Ui::kBe);
  EXPECT_EQ(Negotiate("LT"), Ui::kLt);
  EXPECT_EQ(Negotiate("pl;q=0, ru;q=0.1"), Ui::kRu);
  EXPECT_EQ(Negotiate("pl;q=0"), Ui::kEn);  // refused
  EXPECT_EQ(Negotiate("fr, de"), Ui::kEn);
  EXPECT_EQ(Negotiate(""), Ui::kEn);
  EXPECT_EQ(Negotiate("ru;q=0.5, be;q=0.5"), Ui::kRu);  // the header's order between equals
  EXPECT_EQ(Negotiate("ru;q=abc"), Ui::kRu);            // a malformed q counts as 1
}

TEST(UiFromCode, KnowsTheFiveCodes) {
  Ui ui = Ui::kEn;
  EXPECT_TRUE(UiFromCode("be", ui));
  EXPECT_EQ(ui, Ui::kBe);
  EXPECT_FALSE(UiFromCode("de", ui));
  EXPECT_FALSE(UiFromCode("", ui));
}

TEST(FormatDate, WritesDatesAsEachLanguageDoes) {
  EXPECT_EQ(FormatDate("2019-05-12", Ui::kPl), "12 maja 2019");
  // ICU puts a narrow no-break space before "г.", as Russian typography does.
  EXPECT_EQ(FormatDate("2019-05-12", Ui::kRu), "12 мая 2019\u202Fг.");
  EXPECT_EQ(FormatDate("2019-05-12", Ui::kBe), "12 мая 2019\u202Fг.");
  EXPECT_EQ(FormatDate("2019-05-12", Ui::kLt), "2019 m. gegužės 12 d.");
  EXPECT_EQ(FormatDate("2019-05-12", Ui::kEn), "12 May 2019");
  EXPECT_EQ(FormatDate("2019-01-01", Ui::kPl), "1 stycznia 2019");
}

// A month of a year: the month's name in the nominative (a day's date has it in the genitive,
// "maja", "мая", "gegužės"), in each language's usual order.
TEST(FormatDate, WritesAMonthOfAYearAsEachLanguageDoes) {
  EXPECT_EQ(FormatDate("2019-05", Ui::kPl), "maj 2019");
  EXPECT_EQ(FormatDate("2019-05", Ui::kBe), "травень 2019\u202Fг.");
  EXPECT_EQ(FormatDate("2019-05", Ui::kLt), "2019 m. gegužė");
  EXPECT_EQ(FormatDate("2019-05", Ui::kRu), "май 2019\u202Fг.");
  EXPECT_EQ(FormatDate("2019-05", Ui::kEn), "May 2019");
  EXPECT_EQ(FormatDate("2020-01", Ui::kPl), "styczeń 2020");
  EXPECT_EQ(FormatDate("2020-08", Ui::kBe), "жнівень 2020\u202Fг.");
  EXPECT_EQ(FormatDate("2020-12", Ui::kBe), "снежань 2020\u202Fг.");
}

// The names and patterns of pl, lt, ru and en are CLDR's (i18n.cc): each month as ICU writes it
// for the skeleton yMMMM. Belarusian's are CLDR's but for May (CLDR's "май" is the Russian month)
// and the "г." CLDR leaves out.
TEST(FormatDate, MonthsAreCldrsButBelarusianMay) {
  const std::pair<Ui, const char*> locales[] = {{Ui::kPl, "pl_PL"},
                                                {Ui::kLt, "lt_LT"},
                                                {Ui::kRu, "ru_RU"},
                                                {Ui::kEn, "en_GB"},
                                                {Ui::kBe, "be_BY"}};
  for (const auto& [ui, locale] : locales) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateFormat> icu_format(icu::DateFormat::createInstanceForSkeleton(
        icu::UnicodeString(u"yMMMM"), icu::Locale(locale), status));
    ASSERT_TRUE(U_SUCCESS(status) && icu_format) << locale;
    icu_format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    for (int month = 1; month <= 12; ++month) {
      icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("UTC"), status);
      calendar.clear();
      calendar.set(2019, month - 1, 1);
      icu::UnicodeString text;
      icu_format->format(calendar.getTime(status), text);
      std::string cldr;
      text.toUTF8String(cldr);
      const std::string iso =
          std::string("2019-") + (month < 10 ? "0" : "") + std::to_string(month);
      if (ui != Ui::kBe)
        EXPECT_EQ(FormatDate(iso, ui), cldr) << locale;
      else if (month != 5)
        EXPECT_EQ(FormatDate(iso, ui), cldr + "\u202Fг.") << locale;
      else
        EXPECT_EQ(cldr, "май 2019");  // if CLDR comes to say травень, this table may go
    }
  }
}

TEST(FormatDate, LeavesWhatIsNotADayOrAMonthAsItIs) {
  EXPECT_EQ(FormatDate("2019", Ui::kRu), "2019");
  EXPECT_EQ(FormatDate("<b>", Ui::kEn), "<b>");
  EXPECT_EQ(FormatDate("2019-13-01", Ui::kEn), "2019-13-01");
  EXPECT_EQ(FormatDate("2019-13", Ui::kPl), "2019-13");
  EXPECT_EQ(FormatDate("2019-00", Ui::kPl), "2019-00");
  EXPECT_EQ(FormatDate("2019-5", Ui::kPl), "2019-5");
  EXPECT_EQ(FormatDate("2019-05x", Ui::kPl), "2019-05x");
  EXPECT_EQ(FormatDate("2019-05-1x", Ui::kPl), "2019-05-1x");
  EXPECT_EQ(FormatDate("--05-12", Ui::kPl), "--05-12");  // a day without its year
}

TEST(LanguageName, NamesContentLanguagesInTheInterfaceLanguage) {
  EXPECT_EQ(LanguageName("be", Ui::kEn), "Belarusian");
  EXPECT_EQ(LanguageName("lt", Ui::kPl), "litewski");
  EXPECT_EQ(LanguageName("de", Ui::kRu), "de");
}

TEST(Fill, PutsValuesInTheHoles) {
  EXPECT_EQ(Fill("page {} of {}", {"2", "5"}), "page 2 of 5");
  EXPECT_EQ(Fill("{} puslapis", {"3"}), "3 puslapis");
  EXPECT_EQ(Fill("no holes", {"x"}), "no holes");
}

}  // namespace
}  // namespace twindex::serve
