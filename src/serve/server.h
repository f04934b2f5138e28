// Server: `twindex serve` — the search page and its JSON API over HTTP, from one index, read-only.
//
// HTTP library: cpp-httplib from Debian (libcpp-httplib-dev), a well-kept library with a
// thread-pool server and no framework around it, so the server is a few routes and one binary.
// Debian 12 builds it as a shared library with TLS and compression compiled in; twindex uses
// neither (TLS and login are a reverse proxy's job: README). Each worker thread borrows a
// Searcher (searcher_pool.h), so requests run in parallel and see new commits without a restart.
//
// Routes (GET and HEAD; any other method on them is 405, anything else 404):
//   /                  search page (search_page.h)      /doc/ID    document page (document_page.h)
//   /file/ID           the original file, by id only    /static/style.css, /static/app.js
//   /api/search, /api/doc/ID, /api/cities, /api/stats, /healthz (api.h)
// Every reply carries a Content-Security-Policy without inline script or style,
// X-Content-Type-Options: nosniff, a Referrer-Policy, and never a cookie.
//
// Contract for the browser test and the load bench (keep stable): element ids q, city, lang, from,
// to, sort, the submit button search-btn, the results list results (one li.hit each), the facet
// lists facet-cities, facet-years, facet-languages (a links), the total total, the language
// switch ui-lang (links), highlights <mark>, the document page's pages section.page data-page="N".
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace twindex::serve {

// Requests answered at once; each kept-alive connection holds one while it is open (server.cc).
inline constexpr size_t kDefaultThreads = 32;
// Megabytes of recent searches' answers kept (search_cache.h): about a thousand pages of results.
inline constexpr size_t kDefaultCacheMb = 32;

struct ServeOptions {
  std::filesystem::path index;
  std::string listen = "127.0.0.1:8080";  // ADDR:PORT, [IPv6]:PORT; port 0: any free port
  size_t threads = 0;                     // worker threads; 0: kDefaultThreads
  std::string base_url;  // the path prefix a reverse proxy serves the pages under ("/archive")
  size_t cache_mb = kDefaultCacheMb;  // answers to recent searches kept (search_cache.h); 0: none
};

// A --listen or --base-url that cannot be used.
class ServeOptionsError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

class Server {
 public:
  // Opens the index (throws index::IndexError if there is none) and checks the options (throws
  // ServeOptionsError); binds the address (throws std::runtime_error if it cannot).
  explicit Server(const ServeOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;  // the port bound (the one chosen, for port 0)
  // Serves until Stop(); call on one thread.
  void Run();
  // Makes Run() return once the requests in progress are answered. Any thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Serves until SIGINT or SIGTERM, then stops cleanly. Returns the process's exit code.
int Run(const ServeOptions& options);

}  // namespace twindex::serve
