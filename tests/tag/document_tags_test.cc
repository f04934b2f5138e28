#include "tag/document_tags.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twindex::tag {
namespace {

Document WithText(std::vector<std::string> pages, std::string created = "") {
  Document doc;
  doc.created = std::move(created);
  int number = 1;
  for (std::string& text : pages) doc.pages.push_back({number++, std::move(text), false, "pl"});
  return doc;
}

// The own date TagDocument gives a document of these pages.
std::string OwnDateOf(std::vector<std::string> pages) {
  Document doc = WithText(std::move(pages));
  TagDocument(doc);
  return doc.date;
}

std::vector<std::string> Isos(const Document& doc) {
  std::vector<std::string> out;
  for (const DateRef& d : doc.dates) out.push_back(d.iso);
  return out;
}

TEST(DocumentTags, OwnDateFromTheDatelineGivesThisYear) {
  Document doc = WithText({"Zgorzelec, 12 września 2022 r.\n\nKomunikat prasowy. Rady miast "
                           "zbiorą się 27 września br. w ratuszu."},
                          "2023-01-05T10:00:00");
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2022-09-12");  // the text's date, not the file's creation
  EXPECT_EQ(Isos(doc), (std::vector<std::string>{"2022-09-12", "2022-09-27"}));
}

TEST(DocumentTags, OwnDateFromTheEndOfAnAgreement) {
  std::string body(2000, ' ');
  Document doc = WithText({"Umowa o współpracy.\nStrony spotkają się 3 maja br." + body,
                           "Sporządzono w Sejnach dnia 21 marca 2019 r. w dwóch egzemplarzach."});
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2019-03-21");
  EXPECT_EQ(Isos(doc), (std::vector<std::string>{"2019-05-03", "2019-03-21"}));
}

// Class 4: the signing or publication date, not the first date the text happens to write.
TEST(DocumentTags, OwnDateIsTheSigningDateAboveTheSignatures) {
  // A preamble cites an older letter of intent; the agreement is signed at its end.
  EXPECT_EQ(OwnDateOf({"Porozumienie o współpracy partnerskiej. Mając na uwadze list intencyjny "
                       "z 14 października 2013 r., strony postanawiają, co następuje.",
                       "§ 5. Porozumienie wchodzi w życie z dniem podpisania.\n"
                       "Sporządzono w Ełku dnia 2 lipca 2015 r. w czterech egzemplarzach.\n"
                       "Burmistrz                     Mer"}),
            "2015-07-02");

  EXPECT_EQ(OwnDateOf({"Соглашение о побратимских связях. Стороны, учитывая протокол о "
                       "намерениях от 3 марта 2010 года, договорились о нижеследующем.\n"
                       "Совершено в г. Новополоцке 19 ноября 2011 года в двух экземплярах."}),
            "2011-11-19");

  EXPECT_EQ(OwnDateOf({"Bendradarbiavimo sutartis. Šalys, atsižvelgdamos į 2008 m. gegužės 5 d. "
                       "susitikimą, susitaria:\n1. Keistis patirtimi.\n"
                       "Sutartis sudaryta Ukmergėje 2012 m. birželio 8 d. dviem egzemplioriais."}),
            "2012-06-08");
}

TEST(DocumentTags, OwnDateIsTheDatelineNotAnEarlierEventInTheTitle) {
  EXPECT_EQ(OwnDateOf({"Фэст у гонар 15 ліпеня 2016 года\nСлонім, 20 ліпеня 2016 г.\n"
                       "Дэлегацыя з Бельска-Падляшскага наведала горад."}),
            "2016-07-20");
}

// An agreement's head names the town by its mark ("г.", "m.") before the date, without a comma
// (a column's gap, which cleaning makes one space): that is its dateline, before a date a signing
// word leads to at its end.
TEST(DocumentTags, OwnDateIsTheHeadsMarkedTownAndDate) {
  EXPECT_EQ(OwnDateOf({"UMOWA\no współpracy miast\nm. Sejny 4 marca 2014 r.\n\nUmowa obowiązuje "
                       "od dnia podpisania do 30 czerwca 2019 r."}),
            "2014-03-04");
  EXPECT_EQ(OwnDateOf({"СОГЛАШЕНИЕ\nг. Лида 12 мая 2011 г.\n\nДействует со дня подписания до 1 "
                       "июня 2016 г."}),
            "2011-05-12");
  // Without the mark, a line's first words and a date are a sentence's ("W Sejnach 4 marca").
  EXPECT_EQ(OwnDateOf({"Umowa miast\nW Sejnach 4 marca 2014 r.\n\nUmowa obowiązuje od dnia "
                       "podpisania do 30 czerwca 2019 r."}),
            "2019-06-30");
}

// OCR wraps a long title where the scan's line ends: its continuation is no line of its own,
// and the dateline under it is still among the first lines.
TEST(DocumentTags, OwnDateIsTheDatelineUnderAWrappedTitle) {
  EXPECT_EQ(OwnDateOf({"POROZUMIENIE\no nawiązaniu współpracy partnerskiej między Gminą Sejny "
                       "(Rzeczpospolita Polska) a\nRejonem Łoździejskim (Republika Litewska)\n\n"
                       "Sejny, 14 stycznia 2017 r.\n\nStrony postanawiają, co następuje. Pierwsze "
                       "spotkanie odbędzie się 3 maja 2018 r.\nSporządzono w Sejnach dnia 20 "
                       "stycznia 2017 r."}),
            "2017-01-14");
  // Short lines are lines: a date on the fourth short line is the body's.
  EXPECT_EQ(OwnDateOf({"UMOWA\nmiast\nSejny i Łoździeje\nSpotkanie 3 maja 2018 r. w Sejnach, "
                       "w ratuszu, o godzinie dziesiątej, z udziałem burmistrzów.\n"
                       "Sporządzono dnia 14 stycznia 2017 r."}),
            "2017-01-14");
}

TEST(DocumentTags, OwnDateIsNeverTheDateOfACitedLegalAct) {
  EXPECT_EQ(OwnDateOf({"Na podstawie uchwały nr XII/45/2014 Rady Miejskiej z dnia 30 kwietnia "
                       "2014 r. burmistrz zawiera umowę z miastem Jonawa. Umowa zawarta w dniu "
                       "12 czerwca 2014 r. obowiązuje bezterminowo."}),
            "2014-06-12");

  EXPECT_EQ(OwnDateOf({"В соответствии с решением городского совета от 11 февраля 2019 года "
                       "делегация посетила Даугавпилс.\nОпубликовано 4 марта 2019 года."}),
            "2019-03-04");
}

TEST(DocumentTags, OwnDateFallsBackToMetadataThenToNothing) {
  Document doc = WithText({"Spotkanie 3 maja br."}, "2018-03-16T09:30:00Z");
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2018-03-16");
  EXPECT_EQ(Isos(doc), std::vector<std::string>{"2018-05-03"});

  Document undated = WithText({"Spotkanie 3 maja br."});
  TagDocument(undated);
  EXPECT_EQ(undated.date, "");
  EXPECT_EQ(Isos(undated), std::vector<std::string>{"--05-03"});
}

// Class 2: a range gives its two ends once each, with their year, and no year-less copies.
TEST(DocumentTags, OneMentionOneDate) {
  Document doc = WithText({"Festiwal odbył się 5–6 czerwca 2011 r., a rewizyta 14–16.IX.2011.",
                           "Сустрэча 3–4 лютага 2012 г. і 3 лютага 2012 г. у ратушы."});
  TagDocument(doc);
  EXPECT_EQ(Isos(doc),
            (std::vector<std::string>{"2011-06-05", "2011-06-06", "2011-09-14", "2011-09-16",
                                      "2012-02-03", "2012-02-04", "2012-02-03"}));
  for (const DateRef& d : doc.dates) EXPECT_FALSE(d.year_inferred) << d.iso;
}

TEST(DocumentTags, CitiesCountedMostMentionedFirst) {
  Document doc =
      WithText({"Delegacja z Sejn odwiedziła Druskininkai. Sejny i Druskininkai, "
                "a potem znów Sejny."});
  TagDocument(doc);
  ASSERT_EQ(doc.cities.size(), 2u);
  EXPECT_EQ(doc.cities[0].id, 759503u);  // Sejny, 3 mentions
  EXPECT_EQ(doc.cities[0].mentions, 3);
  EXPECT_EQ(doc.cities[1].id, 599757u);  // Druskininkai
}

TEST(DocumentTags, YearsPassFromPageToPage) {
  Document doc = WithText({"Sprawozdanie z realizacji umowy partnerskiej w 2017 roku.",
                           "Najważniejsze wydarzenia: dni miasta 3–4 czerwca, jarmark 9 grudnia.",
                           "Pierwsze spotkanie w nowym roku: 12 stycznia."},
                          "2018-02-01T08:00:00");
  TagDocument(doc);
  EXPECT_EQ(Isos(doc),
            (std::vector<std::string>{"2017-06-03", "2017-06-04", "2017-12-09", "2018-01-12"}));
  for (const DateRef& d : doc.dates) EXPECT_TRUE(d.year_inferred) << d.iso;
  EXPECT_EQ(doc.date, "2018-02-01") << "an inferred date is not the document's own";
}

// A report of one year signed early in the next: its heading names the year its dates are in.
TEST(DocumentTags, AReportsHeadingYearDatesItsEvents) {
  Document doc =
      WithText({"Sprawozdanie z realizacji współpracy w 2017 roku\n\nUmowę odnowiono "
                "w 2016 roku. Festyn odbył się 5 maja.\n\nSporządzono w Sejnach dnia "
                "10 lutego 2018 r."});
  TagDocument(doc);
  EXPECT_EQ(doc.date, "2018-02-10");
  EXPECT_EQ(Isos(doc), (std::vector<std::string>{"2017-05-05", "2018-02-10"}));
}

// An aside about another year does not date what the document says after it, when the document
// states its own date; an own date that is only the first date named (the start of a period)
// says nothing about which year the text is in.
TEST(DocumentTags, AnotherYearsAsideEndsWhereTheOwnDateIsStated) {
  Document letter =
      WithText({"Ełk, 5 lipca 2021 r.\n\nWymiany przerwano w 2020 roku. Prosimy o "
                "potwierdzenie do 10 sierpnia."});
  TagDocument(letter);
  EXPECT_EQ(Isos(letter), (std::vector<std::string>{"2021-07-05", "2021-08-10"}));

  Document project =
      WithText({"Projekto ataskaita\n\nPirmas\n\nAntras\n\nLaikotarpis: 2012 m. "
                "spal. 1 d. – 2013 m. rugs. 30 d.\n\nŠventė vyko 2013 m. geg. 25 "
                "d.\n\nStovykla (liepos 8–14 d.)."});
  TagDocument(project);
  EXPECT_EQ(project.date, "2012-10-01");
  EXPECT_EQ(Isos(project), (std::vector<std::string>{"2012-10-01", "2013-09-30", "2013-05-25",
                                                     "2013-07-08", "2013-07-14"}));
}

}  // namespace
}  // namespace twindex::tag
