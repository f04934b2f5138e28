// For the tests of the forms a Document travels in (the worker pipe's wire format, JSON): a
// document with every field set, and a comparison of every field. Header-only: it needs
// GoogleTest, which twindex_test_support does not link.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/document.h"

namespace twindex::testing {

// Every field set, every page kind (text layer, OCR, failed OCR), text in three scripts with the
// characters a serializer must escape.
inline Document FullDocument() {
  Document doc;
  doc.path = "/archiwum/umowy/Sokółka–Druskininkai.pdf";
  doc.format = Format::kPdf;
  doc.title = "Umowa o współpracy partnerskiej";
  doc.author = "Urząd Miejski w Sokółce";
  doc.created = "2017-04-27T10:15:00Z";
  doc.encoding = "windows-1250";
  doc.language = "pl";
  Page text_page;
  text_page.number = 1;
  text_page.text = "Pierwsza strona\nŁódź, Гродна, Kaunas \"quoted\" \\ tab\t and \u0001 control";
  text_page.language = "pl";
  Page scan;
  scan.number = 2;
  scan.text = "Пагадненне аб супрацоўніцтве";
  scan.ocr = true;
  scan.language = "be";
  scan.ocr_languages = "bel+rus";
  scan.ocr_confidence = 91;
  scan.ocr_rotation = 90;
  scan.ocr_seconds = 1.25;
  Page failed;
  failed.number = 7;
  failed.ocr = true;
  failed.ocr_error = "OCR took longer than 120 s";
  doc.pages = {text_page, scan, failed};
  doc.cities = {{627904, 3}, {776069, 1}};
  doc.dates = {{"2017-04-27", "27 kwietnia 2017 r."},
               {"2017-05-01", "1", true, "2017-05-03"},
               {"2017-05-03", "3 maja", true}};
  doc.date = "2017-04-27";
  return doc;
}

inline void ExpectSameDocument(const Document& a, const Document& b) {
  EXPECT_EQ(a.path, b.path);
  EXPECT_EQ(a.format, b.format);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.author, b.author);
  EXPECT_EQ(a.created, b.created);
  EXPECT_EQ(a.encoding, b.encoding);
  ASSERT_EQ(a.pages.size(), b.pages.size());
  for (size_t i = 0; i < a.pages.size(); ++i) {
    SCOPED_TRACE("page index " + std::to_string(i));
    const Page &p = a.pages[i], &q = b.pages[i];
    EXPECT_EQ(p.number, q.number);
    EXPECT_EQ(p.text, q.text);
    EXPECT_EQ(p.ocr, q.ocr);
    EXPECT_EQ(p.language, q.language);
    EXPECT_EQ(p.ocr_languages, q.ocr_languages);
    EXPECT_EQ(p.ocr_confidence, q.ocr_confidence);
    EXPECT_EQ(p.ocr_rotation, q.ocr_rotation);
    EXPECT_EQ(p.ocr_seconds, q.ocr_seconds);
    EXPECT_EQ(p.ocr_error, q.ocr_error);
  }
  EXPECT_EQ(a.language, b.language);
  ASSERT_EQ(a.cities.size(), b.cities.size());
  for (size_t i = 0; i < a.cities.size(); ++i) {
    EXPECT_EQ(a.cities[i].id, b.cities[i].id);
    EXPECT_EQ(a.cities[i].mentions, b.cities[i].mentions);
  }
  ASSERT_EQ(a.dates.size(), b.dates.size());
  for (size_t i = 0; i < a.dates.size(); ++i) {
    EXPECT_EQ(a.dates[i].iso, b.dates[i].iso);
    EXPECT_EQ(a.dates[i].text, b.dates[i].text);
    EXPECT_EQ(a.dates[i].year_inferred, b.dates[i].year_inferred);
    EXPECT_EQ(a.dates[i].through, b.dates[i].through);
  }
  EXPECT_EQ(a.date, b.date);
}

}  // namespace twindex::testing
