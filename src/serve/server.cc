#include "serve/server.h"

#include <httplib.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <fstream>
#include <regex>
#include <thread>

#include "index/errors.h"
#include "serve/api.h"
#include "serve/assets.h"
#include "serve/city_suggest.h"
#include "serve/original_file.h"
#include "serve/pages.h"
#include "serve/searcher_pool.h"

namespace twindex::serve {
namespace {

using Clock = std::chrono::steady_clock;

// Slow clients hold a worker for at most this long per read or write; a keep-alive connection
// that stays idle this long is closed.
constexpr time_t kReadTimeoutSeconds = 10;
constexpr time_t kWriteTimeoutSeconds = 30;  // a large original file over a slow link
constexpr time_t kKeepAliveSeconds = 5;
// No route takes a body: a request with a larger one is refused (413) before it is read.
constexpr size_t kMaxRequestBody = 64 * 1024;

// Scripts and styles from the server's own /static/ only: nothing inline, nothing from
// elsewhere; no framing; forms post only here.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

// The paths of the GET routes, to tell a wrong method (405) from a wrong path (404).
const std::regex kGetRoutes(
    R"(/|/doc/[^/]+|/file/[^/]+|/static/(style\.css|app\.js)|/api/(search|doc/[^/]+|cities|stats)|/healthz)");

bool IsApi(const std::string& path) { return path.starts_with("/api/") || path == "/healthz"; }

struct HostPort {
  std::string host;
  int port = 0;
};

HostPort ParseListen(const std::string& listen) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size())
    throw ServeOptionsError("--listen: expected ADDR:PORT, got '" + listen + "'");
  HostPort out;
  out.host = listen.substr(0, colon);
  if (out.host.front() == '[' && out.host.back() == ']')
    out.host = out.host.substr(1, out.host.size() - 2);
  const std::string port = listen.substr(colon + 1);
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), out.port);
  if (ec != std::errc() || end != port.data() + port.size() || out.port < 0 || out.port > 65535)
    throw ServeOptionsError("--listen: not a port: '" + port + "'");
  return out;
}

// "" or "/a/b": a leading '/', no trailing one, only characters a path needs no escaping for.
std::string CheckBaseUrl(std::string base) {
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (base.empty()) return base;
  if (base.front() != '/') throw ServeOptionsError("--base-url: must start with '/'");
  for (char c : base)
    if (!std::isalnum(static_cast<unsigned char>(c)) &&
        std::string("/-._~").find(c) == std::string::npos)
      throw ServeOptionsError("--base-url: only letters, digits and / - . _ ~ may be used");
  return base;
}

void Send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

// When the request now being answered on this thread started (the logger's figure).
thread_local Clock::time_point request_started;

}  // namespace

struct Server::Impl {
  explicit Impl(const ServeOptions& o)
      : options(o),
        searchers(o.index),
        answers(o.cache_mb * 1024 * 1024),
        api(searchers, answers, cities),
        pages(searchers, answers) {}

  PageContext Context(const httplib::Request& req) const {
    return MakeContext(options.base_url, req.path, req.params,
                       req.get_header_value("Accept-Language"));
  }

  void SendFile(const httplib::Request& req, httplib::Response& res, const std::string& id) {
    std::optional<OriginalFile> file;
    {
      const SearcherPool::Lease searcher = searchers.Borrow();
      file = FindOriginal(*searcher, id);
    }
    if (!file) return Send(res, NotFoundPage(Context(req)));
    auto in = std::make_shared<std::ifstream>(file->path, std::ios::binary);
    if (!*in) return Send(res, NotFoundPage(Context(req)));
    res.set_header("Content-Disposition", file->content_disposition);
    res.set_content_provider(file->size, file->content_type,
                             [in](size_t offset, size_t length, httplib::DataSink& sink) {
                               char buffer[64 * 1024];
                               in->seekg(static_cast<std::streamoff>(offset));
                               const size_t want = std::min(length, sizeof buffer);
                               in->read(buffer, static_cast<std::streamsize>(want));
                               const auto got = in->gcount();
                               if (got <= 0) return false;  // the file shrank: end the reply
                               return sink.write(buffer, static_cast<size_t>(got));
                             });
  }

  void Routes() {
    auto page = [this](auto&& answer) {
      return [this, answer](const httplib::Request& req, httplib::Response& res) {
        Send(res, answer(Context(req), req));
      };
    };
    http.Get("/", page([this](const PageContext& c, const httplib::Request&) {
               return pages.Search(c);
             }));
    http.Get(R"(/doc/([^/]+))", page([this](const PageContext& c, const httplib::Request& req) {
               return pages.Doc(c, req.matches[1]);
             }));
    http.Get(R"(/file/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      SendFile(req, res, req.matches[1]);
    });
    auto asset = [](std::string_view (*bytes)(), const char* type) {
      return [bytes, type](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "public, max-age=31536000, immutable");
        res.set_content(std::string(bytes()), type);
      };
    };
    http.Get("/static/style.css", asset(StyleCss, "text/css; charset=utf-8"));
    http.Get("/static/app.js", asset(AppJs, "text/javascript; charset=utf-8"));
    http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
      Send(res, api.Search(req.params));
    });
    http.Get(R"(/api/doc/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      Send(res, api.Doc(req.matches[1]));
    });
    http.Get("/api/cities", [this](const httplib::Request& req, httplib::Response& res) {
      Send(res, api.Cities(req.params));
    });
    http.Get("/api/stats",
             [this](const httplib::Request&, httplib::Response& res) { Send(res, api.Stats()); });
    http.Get("/healthz",
             [this](const httplib::Request&, httplib::Response& res) { Send(res, api.Health()); });
    // Other methods: 405 on a route's path, 404 elsewhere.
    auto not_allowed = [this](const httplib::Request& req, httplib::Response& res) {
      if (!std::regex_match(req.path, kGetRoutes)) return NotFound(req, res);
      res.set_header("Allow", "GET, HEAD");
      Send(res, JsonError(405, "only GET and HEAD are allowed here"));
    };
    http.Post(".*", not_allowed);
    http.Put(".*", not_allowed);
    http.Patch(".*", not_allowed);
    http.Delete(".*", not_allowed);
    http.Options(".*", not_allowed);
  }

  void NotFound(const httplib::Request& req, httplib::Response& res) {
    if (IsApi(req.path))
      Send(res, JsonError(404, "no such resource"));
    else
      Send(res, NotFoundPage(Context(req)));
  }

  void Hooks() {
    http.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "same-origin"},
                              {"X-Frame-Options", "DENY"}});
    http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      request_started = Clock::now();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    // Fills the body of an error the library made itself (no route: 404; too large: 413; ...).
    http.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (res.status == 404) return NotFound(req, res);
      const int status = res.status;
      Send(res, JsonError(status, status == 413   ? "the request is too large"
                                  : status == 414 ? "the URL is too long"
                                                  : "the request cannot be answered"));
    });
    http.set_exception_handler(
        [this](const httplib::Request& req, httplib::Response& res, std::exception_ptr error) {
          std::string what = "unknown exception";
          try {
            std::rethrow_exception(error);
          } catch (const std::exception& e) {
            what = e.what();
          } catch (...) {
          }
          spdlog::error("{} {}: {}", req.method, req.path, what);
          if (IsApi(req.path))
            Send(res, JsonError(500, "internal error"));
          else
            Send(res, ServerErrorPage(Context(req)));
        });
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      const double ms =
          std::chrono::duration<double, std::milli>(Clock::now() - request_started).count();
      spdlog::info("{} {} {} {:.1f} ms", req.method, req.path, res.status, ms);
    });
  }

  ServeOptions options;
  SearcherPool searchers;
  SearchCache answers;
  CitySuggest cities;
  Api api;
  Pages pages;
  httplib::Server http;
  int port = 0;
  std::atomic<bool> run_called{false}, stop_asked{false}, run_over{false};
};

Server::Server(const ServeOptions& options) {
  ServeOptions o = options;
  o.base_url = CheckBaseUrl(o.base_url);
  const HostPort listen = ParseListen(o.listen);
  impl_ = std::make_unique<Impl>(o);  // opens the index
  Impl& s = *impl_;
  // httplib gives a kept-alive connection its thread until the connection ends, so the pool is
  // sized for the connections browsers keep open, not for the cores: with 4 threads, 32 clients
  // waited up to a second for a thread (serve_load, sample index: p95 60 ms; with 32: 30 ms).
  const size_t threads = o.threads > 0 ? o.threads : kDefaultThreads;
  s.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  s.http.set_read_timeout(kReadTimeoutSeconds);
  s.http.set_write_timeout(kWriteTimeoutSeconds);
  s.http.set_keep_alive_timeout(kKeepAliveSeconds);
  s.http.set_payload_max_length(kMaxRequestBody);
  // A reply is written in more than one send(): with Nagle's algorithm on, the last part of each
  // reply after the first on a kept-alive connection waits for the client's delayed ACK, 40 ms
  // on Linux (serve_load measured every request at >= 40 ms).
  s.http.set_tcp_nodelay(true);
  s.Hooks();
  s.Routes();
  if (listen.port == 0) {
    s.port = s.http.bind_to_any_port(listen.host);
    if (s.port < 0) throw std::runtime_error("cannot listen on " + listen.host);
  } else {
    if (!s.http.bind_to_port(listen.host, listen.port))
      throw std::runtime_error("cannot listen on " + o.listen);
    s.port = listen.port;
  }
}

Server::~Server() = default;

int Server::port() const { return impl_->port; }

void Server::Run() {
  impl_->run_called = true;
  if (!impl_->stop_asked) impl_->http.listen_after_bind();
  impl_->run_over = true;
}

void Server::Stop() {
  impl_->stop_asked = true;
  // httplib's stop() only stops a server that is listening: wait for Run() to get there.
  while (impl_->run_called && !impl_->run_over && !impl_->http.is_running())
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
  const SearchCache::Counts cache = impl_->answers.counts();
  spdlog::info("searches: {} matched, {} answered from the cache ({} answers kept, {:.1f} MB)",
               cache.searched, cache.found, cache.answers, cache.bytes / 1048576.0);
}

int Run(const ServeOptions& options) {
  // Blocked before any thread starts, so every worker inherits the mask and the signals come
  // here, to sigtimedwait.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  Server server(options);
  spdlog::info("serving {} on http://{}:{}{}/ with {} threads", options.index.string(),
               ParseListen(options.listen).host, server.port(), CheckBaseUrl(options.base_url),
               options.threads > 0 ? std::to_string(options.threads) : std::string("default"));
  std::atomic<bool> over{false};
  std::thread serving([&] {
    server.Run();
    over = true;
  });
  const timespec tick{0, 200'000'000};
  while (!over) {
    const int signal = sigtimedwait(&signals, nullptr, &tick);
    if (signal == SIGINT || signal == SIGTERM) {
      spdlog::info("stopping (signal {})", signal);
      break;
    }
  }
  server.Stop();
  serving.join();
  return 0;
}

}  // namespace twindex::serve
