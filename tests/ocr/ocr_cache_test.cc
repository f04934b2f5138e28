#include "ocr/ocr_cache.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <fstream>

#include "extract/page_image.h"
#include "test_support.h"

namespace twindex::ocr {
namespace {

using extract::PixPtr;
using twindex::testing::TempDir;

PixPtr Gray(int w, int h, int value) {
  PixPtr pix(pixCreate(w, h, 8));
  pixSetAllArbitrary(pix.get(), value);
  return pix;
}

TEST(OcrCacheTest, KeyDependsOnPixelsAndSettings) {
  PixPtr a = Gray(40, 30, 255), b = Gray(40, 30, 255), c = Gray(40, 30, 0), d = Gray(30, 40, 255);
  EXPECT_EQ(OcrCache::Key(a.get(), "auto"), OcrCache::Key(b.get(), "auto"));
  EXPECT_NE(OcrCache::Key(a.get(), "auto"), OcrCache::Key(c.get(), "auto"));
  EXPECT_NE(OcrCache::Key(a.get(), "auto"), OcrCache::Key(d.get(), "auto"));
  EXPECT_NE(OcrCache::Key(a.get(), "auto"), OcrCache::Key(a.get(), "pol"));
  EXPECT_EQ(OcrCache::Key(a.get(), "auto").size(), 32u);
}

TEST(OcrCacheTest, StoresAndReturnsAPage) {
  TempDir dir;
  const OcrCache cache(dir.path() / "ocr-cache");
  EXPECT_FALSE(cache.Get("00112233445566778899aabbccddeeff"));
  cache.Put("00112233445566778899aabbccddeeff", {"Sejny, 27 kwietnia", "pol", 91, 90});
  std::optional<CachedPage> got = cache.Get("00112233445566778899aabbccddeeff");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->text, "Sejny, 27 kwietnia");
  EXPECT_EQ(got->languages, "pol");
  EXPECT_EQ(got->confidence, 91);
  EXPECT_EQ(got->rotation, 90);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "ocr-cache" / "00" /
                                      "00112233445566778899aabbccddeeff.json"));
}

TEST(OcrCacheTest, DamagedEntryIsAMiss) {
  TempDir dir;
  const OcrCache cache(dir.path());
  const std::string key = "ffeeddccbbaa99887766554433221100";
  cache.Put(key, {"text", "rus", 80, 0});
  std::ofstream(dir.path() / "ff" / (key + ".json"), std::ios::trunc) << "{\"text\": ";
  EXPECT_FALSE(cache.Get(key));
}

TEST(OcrCacheTest, WithoutAFolderNothingIsKept) {
  const OcrCache cache{std::filesystem::path()};
  cache.Put("00112233445566778899aabbccddeeff", {"x", "pol", 1, 0});
  EXPECT_FALSE(cache.Get("00112233445566778899aabbccddeeff"));
}

}  // namespace
}  // namespace twindex::ocr
