#include "cli/serving.h"

#include "cli/common.h"
#include "serve/server.h"

namespace twindex::cli {
namespace {

int Serve(const ServeArgs& args) {
  serve::ServeOptions options;
  options.index = IndexDir(args.index);
  options.listen = args.listen;
  options.threads = args.threads;
  options.base_url = args.base_url;
  options.cache_mb = args.cache_mb;
  return serve::Run(options);
}

}  // namespace

const ServeCommand kServeCommand = &Serve;

}  // namespace twindex::cli
