#include "index/form_links.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "index/schema.h"
#include "test_support.h"
#include "text/analyzer.h"

namespace twindex::index {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

std::vector<FormLink> LinksOf(const std::vector<std::pair<std::string, std::string>>& words) {
  FormLinkCollector collector;
  for (const auto& [word, language] : words)
    collector.AddWord(text::AnalyzeDocumentWord(word, language));
  return collector.Take();
}

TEST(FormLinkCollectorTest, AWordsFormsPointAtItsExactForm) {
  const std::vector<FormLink> links = LinksOf({{"Gdańsku", "pl"}});
  EXPECT_THAT(links, Contains(FormLink{"XAgdansku", "gdańsku"}));
  EXPECT_THAT(links, Contains(FormLink{"Zpl:gdansk", "gdańsku"}));
  for (const FormLink& l : links)
    if (!l.form.starts_with(schema::kKnownStemsPrefix)) {
      EXPECT_EQ(l.word, "gdańsku");
    }
}

TEST(FormLinkCollectorTest, CapitalizedCyrillicWordsAreLinkedFromTheirRomanizations) {
  EXPECT_THAT(LinksOf({{"Гродна", "be"}}), Contains(FormLink{"XRhrodna", "гродна"}));
  // Romanizations serve names; a lower-case word gets none.
  for (const FormLink& l : LinksOf({{"гарадоў", "be"}}))
    EXPECT_FALSE(l.form.starts_with(schema::kRomanizedPrefix)) << l.form;
}

TEST(FormLinkCollectorTest, ARepeatedWordIsLinkedOnce) {
  const std::vector<FormLink> once = LinksOf({{"Gdańsku", "pl"}});
  EXPECT_EQ(LinksOf({{"Gdańsku", "pl"}, {"Gdańsku", "pl"}, {"Gdańsku", "pl"}}), once);
}

TEST(FormLinkCollectorTest, AWordOnPagesOfTwoLanguagesHasTheStemsOfBoth) {
  const std::vector<FormLink> links = LinksOf({{"Kaunas", "pl"}, {"Kaunas", "lt"}});
  EXPECT_THAT(links, Contains(FormLink{"Zlt:kaun", "kaunas"}));
  EXPECT_THAT(links, Contains(::testing::Field(&FormLink::form, ::testing::StartsWith("Zpl:"))));
}

class FormLinkStoreTest : public ::testing::Test {
 protected:
  twindex::testing::TempDir dir_;
  Xapian::WritableDatabase db_{(dir_ / "db").string(),
                               Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS};
};

TEST_F(FormLinkStoreTest, StoredLinksAreFoundByForm) {
  FormLinkStore store;
  store.Add({{"Zpl:gdansk", "gdańsku"}, {"Zpl:gdansk", "gdańska"}, {"XAgdansku", "gdańsku"}});
  store.Add({{"Zpl:gdansk", "gdańsku"}});  // again: no change
  EXPECT_THAT(LinkedWords(db_, "Zpl:gdansk"), IsEmpty()) << "nothing before Store";
  store.Store(db_);
  db_.commit();
  EXPECT_THAT(LinkedWords(db_, "Zpl:gdansk"), UnorderedElementsAre("gdańsku", "gdańska"));
  EXPECT_THAT(LinkedWords(db_, "XAgdansku"), ElementsAre("gdańsku"));
  EXPECT_THAT(LinkedWords(db_, "XAgdanska"), IsEmpty());
}

TEST_F(FormLinkStoreTest, LinksAddUpAcrossStores) {
  FormLinkStore first, second;  // e.g. two runs
  first.Add({{"Zpl:gdansk", "gdańsku"}});
  first.Store(db_);
  db_.commit();
  second.Add({{"Zpl:gdansk", "gdańsk"}, {"Zpl:gdansk", "gdańsku"}});
  second.Store(db_);
  db_.commit();
  EXPECT_THAT(LinkedWords(db_, "Zpl:gdansk"), UnorderedElementsAre("gdańsku", "gdańsk"));
}

// A long run remembers no more links than its memory allows, and forgetting loses nothing: a
// link added again is stored once.
TEST_F(FormLinkStoreTest, RemembersLinksWithinItsMemory) {
  constexpr size_t kMemory = 4096;
  FormLinkStore store(kMemory);
  for (int batch = 0; batch < 20; ++batch) {
    std::vector<FormLink> links;
    for (int i = 0; i < 10; ++i) {
      const std::string word = "słowo" + std::to_string(batch * 10 + i);
      links.push_back({"XAslowo" + std::to_string(batch * 10 + i), word});
      links.push_back({"Zpl:słowo", word});
    }
    store.Add(links);
    store.Add(links);  // again, in the same batch: once
    store.Store(db_);
    EXPECT_LE(store.remembered_bytes(), kMemory) << "batch " << batch;
  }
  store.Add({{"Zpl:słowo", "słowo0"}});  // forgotten long ago: stored again, a no-op
  store.Store(db_);
  db_.commit();
  EXPECT_EQ(LinkedWords(db_, "Zpl:słowo").size(), 200u);
  EXPECT_THAT(LinkedWords(db_, "XAslowo199"), ElementsAre("słowo199"));
}

TEST_F(FormLinkStoreTest, DropAllRemovesEveryLink) {
  FormLinkStore store;
  store.Add({{"Zpl:gdansk", "gdańsku"}, {"XRhrodna", "гродна"}});
  store.Store(db_);
  db_.commit();
  FormLinkStore::DropAll(db_);
  db_.commit();
  EXPECT_THAT(LinkedWords(db_, "Zpl:gdansk"), IsEmpty());
  EXPECT_THAT(LinkedWords(db_, "XRhrodna"), IsEmpty());
}

}  // namespace
}  // namespace twindex::index
