// twindex serve over HTTP: a server on a free loopback port over an index of small generated
// documents (some of them hostile), asked with httplib's client as a browser or a script would.
#include "serve/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <atomic>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "core/document.h"
#include "index/results_json.h"
#include "index/searcher.h"
#include "index/writer.h"
#include "serve/query_params.h"
#include "test_support.h"

namespace twindex::serve {
namespace {

namespace fs = std::filesystem;
using twindex::testing::ReadFile;
using twindex::testing::TempDir;
using twindex::testing::WriteFile;

constexpr uint32_t kGrodno = 627904, kBialystok = 776069, kDruskininkai = 599757;
// Two towns that Polish calls Kirow: the capital of the Kirov oblast, a town of the Kaluga one.
constexpr uint32_t kKirovKirov = 548408, kKirovKaluga = 548410;

const char* const kHostileTitle = "<script>alert(1)</script>";
const char* const kHostileName = "\"><img src=x onerror=alert(1)>.txt";
const char* const kHostileText =
    "Umowa javascript:alert(1) \u202Eevil\u202C <b>bold</b> \"><img src=x onerror=alert(2)>";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    docs_ = dir_.path() / "docs";
    Document agreement = Doc("umowa.txt", "Umowa o partnerstwie Grodno",
                             {"Strona pierwsza. Wstęp.",
                              "Umowa partnerska między miastami Grodno i Białystok.", "Koniec."});
    agreement.cities = {{kGrodno, 2}, {kBialystok, 1}};
    agreement.date = "2019-05-12";
    agreement.dates = {{"2019-05-12", "12 maja 2019"}};
    Document treaty = Doc("договор.txt", "Договор о сотрудничестве",
                          {"Договор между городами Гродно и Друскининкай."}, "ru");
    treaty.cities = {{kDruskininkai, 1}};
    treaty.date = "2021-03-01";
    Document hostile = Doc(kHostileName, kHostileTitle, {kHostileText});
    Document untitled = Doc("<script>alert(3).txt", "", {"Umowa bez tytułu."});
    Index({agreement, treaty, hostile, untitled});
    agreement_id_ = IdOf(agreement);
    hostile_id_ = IdOf(hostile);

    ServeOptions options;
    options.index = dir_.path() / "index";
    options.listen = "127.0.0.1:0";
    options.threads = 4;
    server_ = std::make_unique<Server>(options);
    serving_ = std::thread([this] { server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
  }

  void TearDown() override {
    server_->Stop();
    serving_.join();
  }

  Document Doc(const std::string& name, const std::string& title,
               const std::vector<std::string>& pages, const std::string& language = "pl") {
    Document doc;
    doc.path = (docs_ / name).string();
    doc.format = Format::kText;
    doc.encoding = "UTF-8";
    doc.title = title;
    doc.language = language;
    std::string bytes;
    for (size_t i = 0; i < pages.size(); ++i) {
      doc.pages.push_back({static_cast<int>(i + 1), pages[i], false});
      bytes += pages[i] + "\f";
    }
    WriteFile(doc.path, bytes);
    return doc;
  }

  void Index(const std::vector<Document>& docs) {
    index::IndexWriter writer(dir_.path() / "index", index::IndexWriter::LockMode::kFail);
    for (const Document& d : docs) {
      index::FileRecord r;
      r.path = d.path;
      r.size = fs::file_size(d.path);
      r.mtime_ns = 1'700'000'000'000'000'000;
      r.content_hash = "00112233445566778899aabbccddeeff";
      r.pages = static_cast<int>(d.pages.size());
      r.format = "text";
      r.indexed_at = 1'700'000'100;
      writer.AddFile(d, r);
    }
    writer.Commit();
  }

  std::string IdOf(const Document& doc) const {
    const std::vector<std::string> ids = Searcher().FileIds(doc.path);
    EXPECT_EQ(ids.size(), 1u) << doc.path;
    return ids.empty() ? "" : ids.front();
  }

  index::Searcher Searcher() const { return index::Searcher(dir_.path() / "index"); }

  // GET `path`; fails the test if there is no reply.
  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) {
    httplib::Result r = client_->Get(path, headers);
    EXPECT_TRUE(r) << path << ": " << httplib::to_string(r.error());
    if (r) ExpectSafeHeaders(*r, path);
    return r;
  }

  static void ExpectSafeHeaders(const httplib::Response& r, const std::string& path) {
    EXPECT_NE(r.get_header_value("Content-Security-Policy").find("default-src 'self'"),
              std::string::npos)
        << path;
    EXPECT_EQ(r.get_header_value("Content-Security-Policy").find("unsafe-inline"),
              std::string::npos);
    EXPECT_EQ(r.get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_FALSE(r.has_header("Set-Cookie")) << path;
  }

  static size_t Count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  }

  TempDir dir_;
  fs::path docs_;
  std::string agreement_id_, hostile_id_;
  std::unique_ptr<Server> server_;
  std::thread serving_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, SearchPageListsTheHitsTheSearcherFinds) {
  const auto r = Get("/?q=umowa&ui=en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const index::SearchResults expected =
      Searcher().Search(ToSearchRequest(ParseSearchParams({{"q", "umowa"}}), Searcher()));
  ASSERT_FALSE(expected.hits.empty());
  EXPECT_EQ(Count(r->body, "<li class=\"hit\">"), expected.hits.size());
  for (const index::Hit& hit : expected.hits)
    EXPECT_NE(r->body.find("/doc/" + hit.id + "?"), std::string::npos) << hit.id;
  EXPECT_NE(r->body.find("<p id=\"total\" role=\"status\">Documents found: " +
                         std::to_string(expected.estimated_total) + "</p>"),
            std::string::npos);
  EXPECT_NE(r->body.find("<mark>Umowa</mark>"), std::string::npos);
  EXPECT_NE(r->body.find("12 May 2019"), std::string::npos);  // the date, written in English
  for (const char* id : {"id=\"q\"", "id=\"city\"", "id=\"lang\"", "id=\"from\"", "id=\"to\"",
                         "id=\"sort\"", "id=\"search-btn\"", "id=\"results\"", "id=\"ui-lang\""})
    EXPECT_NE(r->body.find(id), std::string::npos) << id;
}

TEST_F(ServerTest, ApiSearchAnswersTheFieldsOfSearchJson) {
  const auto r = Get("/api/search?q=umowa");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
  const index::Searcher searcher = Searcher();
  const nlohmann::json expected = index::SearchJson(
      "umowa", searcher.Search(ToSearchRequest(ParseSearchParams({{"q", "umowa"}}), searcher)));
  EXPECT_EQ(nlohmann::json::parse(r->body), expected);
}

TEST_F(ServerTest, ApiSearchPagesThroughTheHits) {
  const auto all = nlohmann::json::parse(Get("/api/search?q=umowa")->body);
  const auto second = nlohmann::json::parse(Get("/api/search?q=umowa&size=1&page=2")->body);
  ASSERT_EQ(second["hits"].size(), 1u);
  EXPECT_EQ(second["hits"][0]["id"], all["hits"][1]["id"]);
}

TEST_F(ServerTest, FacetLinksAddTheirFilter) {
  const auto r = Get("/?q=umowa&ui=pl");
  ASSERT_TRUE(r);
  std::smatch facets;
  const std::string body = r->body;
  ASSERT_TRUE(
      std::regex_search(body, facets, std::regex("<ul id=\"facet-cities\"[^>]*>(.*?)</ul>")));
  std::smatch link;
  const std::string list = facets[1];
  ASSERT_TRUE(std::regex_search(list, link, std::regex("<a href=\"([^\"]*city=Grodno[^\"]*)\">")));
  const std::string href = std::regex_replace(std::string(link[1]), std::regex("&amp;"), "&");
  const auto filtered = Get(href);
  ASSERT_TRUE(filtered);
  EXPECT_EQ(filtered->status, 200);
  EXPECT_EQ(Count(filtered->body, "<li class=\"hit\">"), 1u);
  EXPECT_NE(filtered->body.find("/doc/" + agreement_id_), std::string::npos);
  EXPECT_NE(body.find("<ul id=\"facet-years\""), std::string::npos);
  EXPECT_NE(body.find("<ul id=\"facet-languages\""), std::string::npos);
}

// A facet's link filters by its city alone, also where the city's name is another's too (by id,
// then); the page shows that city by name wherever it shows the filter, and its form, sent
// again, keeps the one city.
TEST_F(ServerTest, AFacetCityWhoseNameAnotherBearsFiltersByThatCityAlone) {
  Document kirov = Doc("kirow.txt", "Umowa z Kirowem", {"Umowa zzyzxkirow, obwód kirowski."});
  kirov.cities = {{kKirovKirov, 1}};
  Document kaluga =
      Doc("kirow-kaluga.txt", "Umowa z Kirowem", {"Umowa zzyzxkirow, obwód kałuski."});
  kaluga.cities = {{kKirovKaluga, 1}};
  Index({kirov, kaluga});
  const std::map<std::string, uint32_t> city_of = {{IdOf(kirov), kKirovKirov},
                                                   {IdOf(kaluga), kKirovKaluga}};
  // The name alone means both towns: what a facet link by name would filter by.
  ASSERT_EQ(Count(Get("/?q=zzyzxkirow&city=Kirow&ui=pl")->body, "<li class=\"hit\">"), 2u);

  const std::string body = Get("/?q=zzyzxkirow&ui=pl")->body;
  std::smatch facets;
  ASSERT_TRUE(
      std::regex_search(body, facets, std::regex("<ul id=\"facet-cities\"[^>]*>(.*?)</ul>")));
  const std::string list = facets[1];
  const std::regex link("<a href=\"([^\"]*)\">Kirow</a>");
  std::set<uint32_t> filtered_by;
  for (std::sregex_iterator it(list.begin(), list.end(), link), end; it != end; ++it) {
    const std::string href = std::regex_replace(std::string((*it)[1]), std::regex("&amp;"), "&");
    const auto page = Get(href);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200) << href;
    std::smatch hit;
    ASSERT_EQ(Count(page->body, "<li class=\"hit\">"), 1u) << href;
    ASSERT_TRUE(std::regex_search(page->body, hit, std::regex("href=\"/doc/([0-9a-f]+)\\?")));
    const uint32_t city = city_of.at(std::string(hit[1]));
    filtered_by.insert(city);
    // Named, never as digits: the active filter and the city field.
    EXPECT_NE(page->body.find(">miasto: Kirow <span"), std::string::npos) << href;
    EXPECT_NE(page->body.find("id=\"city\" name=\"city\" type=\"text\" autocomplete=\"off\" "
                              "value=\"Kirow\""),
              std::string::npos)
        << href;
    // The form as the browser sends it again: the field's name and the hidden cityid.
    std::smatch cityid;
    ASSERT_TRUE(std::regex_search(page->body, cityid,
                                  std::regex("<input type=\"hidden\" name=\"cityid\" "
                                             "value=\"([0-9]+)\">")));
    EXPECT_EQ(cityid[1], std::to_string(city));
    const auto again = Get("/?q=zzyzxkirow&city=Kirow&cityid=" + std::string(cityid[1]) + "&ui=pl");
    ASSERT_TRUE(again);
    EXPECT_EQ(Count(again->body, "<li class=\"hit\">"), 1u);
    EXPECT_NE(again->body.find("/doc/" + std::string(hit[1])), std::string::npos);
  }
  EXPECT_EQ(filtered_by, (std::set<uint32_t>{kKirovKirov, kKirovKaluga}));

  // "No results without …" names the city too.
  const auto none = Get("/?q=partnerska&city=" + std::to_string(kKirovKaluga) + "&ui=pl");
  ASSERT_TRUE(none);
  EXPECT_NE(none->body.find("Bez filtra „miasto: Kirow”"), std::string::npos);
}

TEST_F(ServerTest, NoResultsSaysWhichFilterRemovedEverything) {
  const auto r = Get("/?q=umowa&city=Druskininkai&ui=en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(Count(r->body, "<li class=\"hit\">"), 0u);
  EXPECT_NE(r->body.find("Without the filter “city: Druskininkai”"), std::string::npos);
  EXPECT_NE(r->body.find("<a id=\"without-filter\" href=\"/?q=umowa&amp;ui=en\">"),
            std::string::npos);
}

TEST_F(ServerTest, DocumentPageShowsTheHitPageFirstWithTheWordsMarked) {
  const auto r = Get("/doc/" + agreement_id_ + "?q=umowa&hit=2&ui=lt");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  const size_t first = r->body.find("<section class=\"page");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(r->body.find("data-page=\"2\""), r->body.find("data-page=", first));
  EXPECT_EQ(Count(r->body, "<section class=\"page"), 3u);
  EXPECT_NE(r->body.find("<mark>Umowa</mark> partnerska"), std::string::npos);
  EXPECT_NE(r->body.find("href=\"/file/" + agreement_id_ + "#page=2\""), std::string::npos);
  EXPECT_NE(r->body.find("2019 m. gegužės 12 d."), std::string::npos);
  EXPECT_NE(r->body.find("Gardinas"), std::string::npos);  // Grodno, named in Lithuanian
}

TEST_F(ServerTest, FileServesTheOriginalBytesByIdOnly) {
  const auto r = Get("/file/" + agreement_id_);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, ReadFile(docs_ / "umowa.txt"));
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(r->get_header_value("Content-Disposition").rfind("inline; filename=\"umowa.txt\"", 0),
            0u);
}

TEST_F(ServerTest, HostileDocumentsComeOutEscapedEverywhere) {
  for (const std::string& path : std::vector<std::string>{
           "/?q=umowa", "/?q=javascript", "/doc/" + hostile_id_ + "?q=umowa&hit=1", "/?q=tytułu"}) {
    const auto r = Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << path;
    for (const char* raw : {"<script>alert", "<img src=x", "<b>bold", "\u202E"})
      EXPECT_EQ(r->body.find(raw), std::string::npos) << path << ": " << raw;
    EXPECT_EQ(r->body.find("href=\"javascript"), std::string::npos) << path;
  }
  const std::string page = Get("/?q=umowa")->body;
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(page.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(3).txt"), std::string::npos);  // untitled: its name
  EXPECT_NE(page.find("[U+202E]"), std::string::npos);
  // The API carries the text as it is, in JSON (application/json, nosniff).
  const auto api = nlohmann::json::parse(Get("/api/doc/" + hostile_id_)->body);
  EXPECT_EQ(api["title"], kHostileTitle);
}

TEST_F(ServerTest, HostileRequestsGetAClearRefusalNeverAServerError) {
  struct Case {
    std::string method, path;
    int status;
  };
  const std::vector<Case> cases = {
      {"GET", "/file/../../../etc/passwd", 404},
      {"GET", "/file/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 404},
      {"GET", "/file/" + std::string(32, 'A'), 404},
      {"GET", "/file/0123456789abcdef0123456789abcdef", 404},
      {"GET", "/static/../CMakeLists.txt", 404},
      {"GET", "/static/%2e%2e/CMakeLists.txt", 404},
      {"GET", "/static/", 404},
      {"GET", "/doc/..%2f..%2f", 404},
      {"GET", "/etc/passwd", 404},
      {"GET", "/api/nothing", 404},
      {"GET", "/api/doc/not-an-id", 404},
      {"GET", "/?q=" + std::string(kMaxQueryBytes + 1, 'a'), 400},
      {"GET", "/?from=2019-13", 400},
      {"GET", "/?from=2020&to=2019", 400},
      {"GET", "/?city=Nowhereville", 400},
      {"GET", "/?page=100000", 400},
      {"GET", "/?size=100000", 400},
      {"GET", "/?q=%22unbalanced", 400},
      {"GET", "/?q=%FF%FE", 400},
      {"GET", "/api/search?q=%22unbalanced", 400},
      {"GET", "/api/search?city=Nowhereville", 400},
      {"GET", "/api/cities?prefix=" + std::string(200, 'a'), 400},
      {"POST", "/", 405},
      {"POST", "/api/search", 405},
      {"PUT", "/doc/" + std::string(32, 'a'), 405},
      {"DELETE", "/healthz", 405},
      {"POST", "/nothing", 404},
  };
  for (const Case& c : cases) {
    httplib::Result r = c.method == "GET"    ? client_->Get(c.path)
                        : c.method == "POST" ? client_->Post(c.path, "x=1", "text/plain")
                        : c.method == "PUT"  ? client_->Put(c.path, "x=1", "text/plain")
                                             : client_->Delete(c.path);
    ASSERT_TRUE(r) << c.method << " " << c.path;
    EXPECT_EQ(r->status, c.status) << c.method << " " << c.path;
    EXPECT_FALSE(r->body.empty()) << c.method << " " << c.path;
    EXPECT_EQ(r->body.find("root:"), std::string::npos);
    EXPECT_EQ(r->body.find("cmake_minimum_required"), std::string::npos);
    ExpectSafeHeaders(*r, c.path);
    if (c.path.starts_with("/api/")) {
      EXPECT_TRUE(nlohmann::json::parse(r->body).contains("error")) << c.path;
    }
  }
  // A body far over the limit is refused before it is read.
  httplib::Result big = client_->Post("/api/search", std::string(1 << 20, 'x'), "text/plain");
  if (big) {
    EXPECT_EQ(big->status, 413);
  }
}

TEST_F(ServerTest, CitiesApiMatchesAnyNameFoldedInEitherScript) {
  auto ids = [&](const std::string& prefix) {
    std::vector<uint32_t> out;
    const nlohmann::json reply = nlohmann::json::parse(Get("/api/cities?prefix=" + prefix)->body);
    for (const auto& city : reply["cities"]) out.push_back(city["id"]);
    return out;
  };
  EXPECT_EQ(ids("hro"), std::vector<uint32_t>{kGrodno});
  EXPECT_EQ(ids("%D0%B3%D1%80%D0%BE"), std::vector<uint32_t>{kGrodno});  // "гро"
  EXPECT_EQ(ids("bialys"), std::vector<uint32_t>{kBialystok});           // diacritics folded
  EXPECT_EQ(ids("Bia%C5%82ys"), std::vector<uint32_t>{kBialystok});      // "Białys"
  EXPECT_TRUE(ids("xyzq").empty());
  EXPECT_TRUE(ids("").empty());
  const auto pl = nlohmann::json::parse(Get("/api/cities?prefix=hro&ui=be")->body);
  EXPECT_EQ(pl["cities"][0]["name"], "Гродна");
}

TEST_F(ServerTest, InterfaceLanguageFollowsTheBrowserAndTheSwitch) {
  EXPECT_NE(Get("/", {{"Accept-Language", "ru-RU,ru;q=0.9"}})->body.find("<html lang=\"ru\">"),
            std::string::npos);
  EXPECT_NE(Get("/?ui=lt", {{"Accept-Language", "ru"}})->body.find("<html lang=\"lt\">"),
            std::string::npos);
  EXPECT_NE(Get("/")->body.find("<html lang=\"en\">"), std::string::npos);
}

TEST_F(ServerTest, StaticAssetsAreCachedForLong) {
  for (const char* path : {"/static/style.css", "/static/app.js"}) {
    const auto r = Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_FALSE(r->body.empty());
    EXPECT_NE(r->get_header_value("Cache-Control").find("max-age=31536000"), std::string::npos);
  }
}

TEST_F(ServerTest, StatsAndHealth) {
  const auto stats = nlohmann::json::parse(Get("/api/stats")->body);
  EXPECT_EQ(stats["files"], 4);
  EXPECT_EQ(stats, index::StatsJson(Searcher().Stats()));
  EXPECT_EQ(Get("/healthz")->status, 200);
}

// Asked twice first, so the answer is in the cache of recent searches: the commit outdates it.
TEST_F(ServerTest, NewCommitsShowWithoutARestart) {
  EXPECT_EQ(nlohmann::json::parse(Get("/api/search?q=zzyzxunikat")->body)["hits"].size(), 0u);
  EXPECT_EQ(nlohmann::json::parse(Get("/api/search?q=zzyzxunikat")->body)["hits"].size(), 0u);
  Index({Doc("later.txt", "Later", {"Słowo zzyzxunikat dodane później."})});
  EXPECT_EQ(nlohmann::json::parse(Get("/api/search?q=zzyzxunikat")->body)["hits"].size(), 1u);
}

// The sockets of this process that are connections accepted on `port` (not the listening one):
// the server's ends of its clients' connections, since the server runs on a thread of the test.
std::vector<int> AcceptedSockets(int port) {
  std::vector<int> sockets;
  for (const auto& entry : fs::directory_iterator("/proc/self/fd")) {
    int fd = -1;
    const std::string name = entry.path().filename().string();
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc()) continue;
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) continue;
    sockaddr_in address{};  // the server listens on 127.0.0.1: IPv4
    socklen_t length = sizeof address;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        address.sin_family != AF_INET || ntohs(address.sin_port) != port)
      continue;
    int listening = 0;
    socklen_t size = sizeof listening;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) == 0 && listening == 0)
      sockets.push_back(fd);
  }
  return sockets;
}

// Nagle's algorithm is off on the server's connections (server.cc, set_tcp_nodelay): with it on,
// each reply after the first on a kept-alive connection waited for the client's delayed ACK, 40
// ms on Linux, before its last part left. Checked without a clock: the option itself, read from
// the socket the server accepted, while the client keeps the connection open.
TEST_F(ServerTest, ConnectionsHaveNaglesAlgorithmOff) {
  httplib::Client client("127.0.0.1", server_->port());
  client.set_keep_alive(true);
  for (int i = 0; i < 2; ++i) {
    const httplib::Result r = client.Get("/healthz");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  const std::vector<int> accepted = AcceptedSockets(server_->port());
  ASSERT_FALSE(accepted.empty()) << "no accepted connection found in /proc/self/fd";
  for (int fd : accepted) {
    int nodelay = 0;
    socklen_t size = sizeof nodelay;
    ASSERT_EQ(getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &nodelay, &size), 0);
    EXPECT_NE(nodelay, 0) << "Nagle's algorithm is on for the connection on fd " << fd;
  }
}

TEST(ServerOptions, BadListenOrBaseUrlIsAnOptionsErrorAndAMissingIndexAnIndexError) {
  TempDir dir;
  ServeOptions options;
  options.index = dir.path() / "none";
  EXPECT_THROW(Server{options}, index::IndexError);
  options.listen = "localhost";
  EXPECT_THROW(Server{options}, ServeOptionsError);
  options.listen = "127.0.0.1:99999";
  EXPECT_THROW(Server{options}, ServeOptionsError);
  options.listen = "127.0.0.1:0";
  options.base_url = "archive\"><script>";
  EXPECT_THROW(Server{options}, ServeOptionsError);
}

// Clients at once, on filter-only searches (a query that matches everything), all get answers.
// serve_load once crashed the server this way: see writer_searcher_test's
// SearchersOnSeveralThreadsAnswerFilterOnlyQueriesAtOnce, which catches that race reliably.
TEST_F(ServerTest, ConcurrentFilterOnlySearchesAllAnswer) {
  constexpr int kClients = 8, kRequests = 150;
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c)
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int i = 0; i < kRequests; ++i) {
        const std::string path = (i + c) % 2 ? "/api/search?lang=pl" : "/?lang=ru&ui=en";
        if (auto r = client.Get(path); r && r->status == 200) ++ok;
      }
    });
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(ok.load(), kClients * kRequests);
  EXPECT_EQ(Get("/healthz")->status, 200);
}

}  // namespace
}  // namespace twindex::serve
