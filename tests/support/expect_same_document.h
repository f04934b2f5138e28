// ExpectSameDocument: every field of two Documents compared, for the tests of the forms a
// Document travels in (the worker pipe's wire format, JSON). Header-only: it needs GoogleTest,
// which twindex_test_support does not link.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/document.h"

namespace twindex::testing {

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
  }
  EXPECT_EQ(a.date, b.date);
}

}  // namespace twindex::testing
