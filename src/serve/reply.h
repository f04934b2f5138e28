// Reply: what a route answers, before the HTTP library writes it — status, content type, body.
// The routes (api.h, pages.h) make Replies; only server.cc knows the HTTP library.
#pragma once

#include <string>
#include <string_view>

namespace twindex::serve {

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// {"error": message} with `status`.
Reply JsonError(int status, std::string_view message);

// A file's id as the index spells it (index/schema.h: 32 lower-case hex digits), the only form
// of id a URL may carry: nothing else of a request reaches the index's file lookup.
bool IsFileId(std::string_view id);

}  // namespace twindex::serve
