#include "ocr/text_layer.h"

#include <gtest/gtest.h>

#include <string>

namespace twindex::ocr {
namespace {

TEST(TextLayerTest, RealTextIsUsable) {
  EXPECT_TRUE(UsableTextLayer(
      "Umowa o współpracy partnerskiej między Miastem Sejny a Rejonem Łoździejskim, zawarta "
      "27 kwietnia 2017 r."));
  EXPECT_TRUE(
      UsableTextLayer("Соглашение о побратимских связях между городами Гродно и "
                      "Белосток подписано 16 марта 2018 г."));
}

TEST(TextLayerTest, NoTextOrAFewCharactersNeedOcr) {
  EXPECT_FALSE(UsableTextLayer(""));
  EXPECT_FALSE(UsableTextLayer("  \n\f "));
  EXPECT_FALSE(UsableTextLayer("- 3 -"));                           // a page number on a scan
  EXPECT_FALSE(UsableTextLayer("Urząd Miasta Sejny\n12.04.2019"));  // a stamp
}

TEST(TextLayerTest, GarbledTextNeedsOcr) {
  // A broken font encoding: symbols and private-use characters where letters should be.
  std::string garbled;
  for (int i = 0; i < 40; ++i) garbled += "\xEF\x80\x81\xC2\xA4#%&";  // U+F001 ¤ # % &
  garbled += " abc";
  EXPECT_FALSE(UsableTextLayer(garbled));
  const TextLayerStats s = MeasureTextLayer(garbled);
  EXPECT_EQ(s.letters, 3u);
  EXPECT_EQ(s.characters, 40u * 5 + 3);
}

}  // namespace
}  // namespace twindex::ocr
