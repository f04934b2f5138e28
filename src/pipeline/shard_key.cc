#include "pipeline/shard_key.h"

#include <xxhash.h>

namespace twindex::pipeline {

uint64_t ShardKey(std::string_view relative_path) {
  return XXH3_64bits(relative_path.data(), relative_path.size());
}

}  // namespace twindex::pipeline
