// DocidSample: which docids a sampled query keeps.
#include "index/facet_count.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <vector>

#include "test_support.h"

namespace twindex::index {
namespace {

// The docids of a 100-document database that a DocidSample with `stride` keeps.
std::vector<Xapian::docid> Sampled(Xapian::docid stride, Xapian::docid first = 1) {
  twindex::testing::TempDir dir;
  Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE);
  for (int i = 0; i < 100; ++i) {
    Xapian::Document doc;
    doc.add_boolean_term("x");
    db.add_document(doc);
  }
  db.commit();
  DocidSample sample(stride, first);
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("x"), Xapian::Query(&sample)));
  const Xapian::MSet mset = enquire.get_mset(0, 100);
  std::vector<Xapian::docid> docids;
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  std::sort(docids.begin(), docids.end());
  return docids;
}

std::vector<Xapian::docid> Range(Xapian::docid first, Xapian::docid last) {
  std::vector<Xapian::docid> out;
  for (Xapian::docid d = first; d <= last; ++d) out.push_back(d);
  return out;
}

TEST(DocidSampleTest, KeepsOneBlockInStrideFromTheFirst) {
  static_assert(DocidSample::kBlock == 16);
  std::vector<Xapian::docid> expected = Range(1, 16);
  for (Xapian::docid d : Range(49, 64)) expected.push_back(d);
  for (Xapian::docid d : Range(97, 100)) expected.push_back(d);  // a last, partial block
  EXPECT_EQ(Sampled(3), expected);
}

TEST(DocidSampleTest, StartsAtTheFirstDocidGiven) {
  std::vector<Xapian::docid> expected = Range(41, 56);  // and every other block of 16
  for (Xapian::docid d : Range(73, 88)) expected.push_back(d);
  EXPECT_EQ(Sampled(2, 41), expected);
  EXPECT_EQ(Sampled(1, 90), Range(90, 100));
  EXPECT_TRUE(Sampled(1, 101).empty());
}

TEST(DocidSampleTest, StrideOneKeepsEverything) { EXPECT_EQ(Sampled(1), Range(1, 100)); }

TEST(DocidSampleTest, AStrideBeyondTheIndexKeepsTheFirstBlock) {
  EXPECT_EQ(Sampled(1000), Range(1, 16));
}

}  // namespace
}  // namespace twindex::index
