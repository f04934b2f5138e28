#include "extract/html_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <stdexcept>

#include "test_support.h"

namespace twindex::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// `utf8` re-encoded in `charset`, so that the test source stays readable.
std::string Encode(std::string_view utf8, const char* charset) {
  std::string out(utf8.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("cannot encode in " + std::string(charset));
  out.resize(n);
  return out;
}

Document Extract(std::string_view html) { return HtmlExtractor().Extract(html, "page.html"); }

std::string PageText(std::string_view html) {
  const Document doc = Extract(html);
  EXPECT_EQ(doc.pages.size(), 1u);
  return doc.pages.empty() ? "" : doc.pages[0].text;
}

TEST(HtmlExtractorTest, BlocksEndLinesInlineElementsDoNot) {
  const Document doc = Extract(
      "<!DOCTYPE html><html><body>\n"
      "<h1>Partnerstwo</h1>\n"
      "<p>Grodno <b>i</b>\n    Biały<i>stok</i></p><div>Kaunas<br>Vilnius</div>"
      "<ul><li>Sokółka</li><li><a href=\"/d\">Druskininkai</a></li></ul>"
      "<pre>  a   b\nc</pre></body></html>");
  EXPECT_EQ(doc.format, Format::kHtml);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].number, 1);
  EXPECT_EQ(
      doc.pages[0].text,
      "Partnerstwo\nGrodno i Białystok\nKaunas\nVilnius\nSokółka\nDruskininkai\n  a   b\nc\n");
}

TEST(HtmlExtractorTest, TableRowsAreLinesWithTabSeparatedCells) {
  EXPECT_EQ(PageText("<table><tr><th>Горад</th><th>Краіна</th></tr>"
                     "<tr><td><p>Полацк</p><p>(Polotsk)</p></td><td>Беларусь</td></tr></table>"
                     "<p>Канец</p>"),
            "Горад\tКраіна\nПолацк (Polotsk)\tБеларусь\nКанец\n");
}

TEST(HtmlExtractorTest, ScriptStyleAndHiddenElementsAreSkipped) {
  const std::string text = PageText(
      "<html><head><title>T</title><style>p { color: red }</style>"
      "<script>var city = 'Minsk';</script></head><body>"
      "<script type=\"text/javascript\">document.write('Mogilev')</script>"
      "<noscript>Enable JavaScript</noscript><template><p>Vitebsk</p></template>"
      "<p>Brest</p><div hidden>Gomel</div><p style=\"color: red; DISPLAY : none\">Pinsk</p>"
      "<!-- Orsha --><p>Lida</p></body></html>");
  EXPECT_EQ(text, "Brest\nLida\n");
}

TEST(HtmlExtractorTest, TitleAndAuthorFromHead) {
  const Document doc = Extract(
      "<html><head><meta name=\"description\" content=\"D\">"
      "<meta name=\"Author\" content=\"Ганна Кавалёва\">"
      "<title>  Partnerystės\n sutartis  </title></head>"
      "<body><h1>Heading</h1></body></html>");
  EXPECT_EQ(doc.title, "Partnerystės sutartis");
  EXPECT_EQ(doc.author, "Ганна Кавалёва");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, Not(HasSubstr("Partnerystės")));
}

TEST(HtmlExtractorTest, TitleFallsBackToFirstH1) {
  EXPECT_EQ(
      Extract("<body><p>x</p><h1>Sokółka <small>i</small> Grodno</h1><h1>Two</h1></body>").title,
      "Sokółka i Grodno");
  EXPECT_EQ(Extract("<head><title> </title></head><body><h1>Lida</h1></body>").title, "Lida");
  EXPECT_EQ(Extract("<body><p>No heading</p></body>").title, "");
}

TEST(HtmlExtractorTest, MetaCharsetWindows1251) {
  const std::string html = Encode(
      "<html><head><meta charset=\"windows-1251\"><title>Навіны Полацка</title></head>"
      "<body><p>Полацк і Друскінінкай падпісалі пагадненне 16 сакавіка 2018 г.</p></body></html>",
      "windows-1251");
  ASSERT_EQ(html.find("\xD0"), std::string::npos) << "test input must not be UTF-8";
  const Document doc = Extract(html);
  EXPECT_EQ(doc.encoding, "windows-1251");
  EXPECT_EQ(doc.title, "Навіны Полацка");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].text, "Полацк і Друскінінкай падпісалі пагадненне 16 сакавіка 2018 г.\n");
}

TEST(HtmlExtractorTest, HttpEquivContentTypeCharset) {
  const std::string html = Encode(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=cp1251\">"
      "</head><body>Гродна — Беласток</body></html>",
      "windows-1251");
  const Document doc = Extract(html);
  EXPECT_EQ(doc.encoding, "windows-1251");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].text, "Гродна — Беласток\n");
}

TEST(HtmlExtractorTest, UndeclaredUtf8) {
  const Document doc = Extract("<p>Брэст і Бяла-Падляска</p>");
  EXPECT_EQ(doc.encoding, "UTF-8");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].text, "Брэст і Бяла-Падляска\n");
}

TEST(HtmlExtractorTest, UndeclaredWindows1251IsDetected) {
  const std::string html = Encode(
      "<html><head><title>Навіны</title></head><body><p>Гарадскі выканаўчы камітэт Полацка "
      "паведамляе, што дэлегацыя з горада Друскінінкай наведала Полацк. Бакі абмеркавалі "
      "супрацоўніцтва ў галіне культуры, адукацыі і турызму.</p></body></html>",
      "windows-1251");
  const Document doc = Extract(html);
  EXPECT_EQ(doc.encoding, "windows-1251");
  EXPECT_EQ(doc.title, "Навіны");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, HasSubstr("дэлегацыя з горада Друскінінкай наведала Полацк"));
}

// 0x98 is unassigned in windows-1251; libxml2's own decoding (iconv) stops there for good.
const char kBadByteIn1251[] =
    "<html><head><meta charset=\"windows-1251\"></head><body>"
    "<p>\xCF\xEE\xEB\xE0\xF6\xEA \x98</p><p>\xC3\xF0\xEE\xE4\xED\xE0</p></body></html>";

TEST(HtmlExtractorTest, TextAfterAnUndecodableByteIsKept) {
  const Document doc = Extract(kBadByteIn1251);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, HasSubstr("Полацк"));
  EXPECT_THAT(doc.pages[0].text, HasSubstr("\nГродна\n"));
}

TEST(HtmlExtractorTest, ParserDiagnosticsDoNotReachStderr) {
  ::testing::internal::CaptureStderr();
  Extract(kBadByteIn1251);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

TEST(HtmlExtractorTest, MislabelledPageIsDecodedByItsContent) {
  const std::string html = Encode(
      "<html><head><meta charset=\"utf-8\"></head><body><p>Гарадскі выканаўчы камітэт Полацка "
      "паведамляе, што дэлегацыя з горада Друскінінкай наведала Полацк.</p></body></html>",
      "windows-1251");
  const Document doc = Extract(html);
  EXPECT_EQ(doc.encoding, "windows-1251");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, HasSubstr("дэлегацыя з горада Друскінінкай"));
}

TEST(HtmlExtractorTest, EmptyInputGivesOneEmptyPage) {
  const Document doc = Extract("");
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].text, "");
}

TEST(HtmlExtractorTest, SampleDocument) {
  const std::string bytes = twindex::testing::ReadFile(
      twindex::testing::SourceDir() / "sample-docs/office/naviny-polatsk-druskininkai.html");
  const Document doc = Extract(bytes);
  EXPECT_EQ(doc.encoding, "windows-1251");
  EXPECT_THAT(doc.title, HasSubstr("Полацк"));
  EXPECT_THAT(doc.author, HasSubstr("Прэс-служба"));
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_THAT(doc.pages[0].text, HasSubstr("Друскінінкай"));
  EXPECT_THAT(doc.pages[0].text, HasSubstr("16 сакавіка 2018 г."));
  EXPECT_THAT(doc.pages[0].text, Not(HasSubstr("function")));  // the page's script
}

}  // namespace
}  // namespace twindex::extract
