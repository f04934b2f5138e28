// ShardKey: the part of a folder tree a file belongs to when N machines ingest the same tree
// together, each into its own index, with no coordinator (`twindex ingest --shard K/N`,
// index/ingest_shard.h): shard K takes the files whose key mod N is K.
//
// The key is XXH3-64 (seed 0) of the file's path relative to the root it was reached from, as
// bytes (whatever their encoding): "letters/2019/umowa.pdf" under /mnt/archive, or a root
// file's own name. Relative, so machines that mount the tree at different points agree; XXH3
// because its output is fixed by its specification (frozen since xxHash 0.8.0, the same on any
// byte order), so every machine, build and version of twindex computes the same key, and it is
// uniform over any N; xxHash's own tool computes it too (`printf %s letters/2019/umowa.pdf |
// xxhsum -H3`, Debian package xxhash). Not std::hash, which may differ between builds, nor the
// file key of schema.h, a hash of the absolute path, which differs per mount point.
#pragma once

#include <cstdint>
#include <string_view>

#include "index/ingest_shard.h"

namespace twindex::pipeline {

uint64_t ShardKey(std::string_view relative_path);

inline bool InShard(uint64_t shard_key, index::IngestShard shard) {
  return shard_key % shard.n == shard.k;
}

}  // namespace twindex::pipeline
