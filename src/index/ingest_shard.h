// IngestShard: the part of a folder tree an index holds when N machines ingest the same tree
// together, each into its own index (`twindex ingest --shard K/N`): shard K of N, K counted from
// 0. Which files fall in a shard is the pipeline's decision (pipeline/tree_shard.h); the index
// only remembers the spec it was last ingested with (schema.h: ingest_shard), for `stats`.
//
// Not to be confused with the index's own shards (shards.h): the databases one index is split
// into on one machine. An index of shard K of N has its own local shards like any other.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace twindex::index {

struct IngestShard {
  unsigned k = 0;  // 0 .. n - 1
  unsigned n = 1;  // 1: the whole tree
  bool whole() const { return n == 1; }
  bool operator==(const IngestShard&) const = default;
};

// "K/N" as typed: K and N decimal, 0 <= K < N. Throws std::invalid_argument saying what is wrong
// ("4/4", "x/3", "0/0", "-1/3", "1/", ...).
IngestShard ParseIngestShard(std::string_view text);

// "1/4" (the form ParseIngestShard reads and the index stores).
std::string IngestShardSpec(IngestShard shard);

// "shard 1 of 4", or "the whole tree".
std::string IngestShardName(IngestShard shard);

// The shard as an index stores it (schema.h: ingest_shard; "" for the whole tree). Throws
// IndexError for a value it cannot read.
IngestShard StoredIngestShard(std::string_view stored);

}  // namespace twindex::index
