#include "index/ingest_shard.h"

#include <charconv>
#include <string>

#include "index/errors.h"
#include "index/schema.h"

namespace twindex::index {
namespace {

// A decimal number of digits only (no sign, no spaces); nullopt otherwise.
std::optional<unsigned> Number(std::string_view digits) {
  unsigned value = 0;
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

}  // namespace

IngestShard ParseIngestShard(std::string_view text) {
  std::string quoted = "'";  // (not "'" + std::string(text): GCC 12 warns of a false overlap)
  quoted.append(text).append("'");
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos)
    throw std::invalid_argument(quoted + " is not K/N (shard K of N, K from 0 to N-1, e.g. 0/4)");
  const std::optional<unsigned> k = Number(text.substr(0, slash));
  const std::optional<unsigned> n = Number(text.substr(slash + 1));
  if (!k || !n)
    throw std::invalid_argument(
        quoted + " is not K/N with K and N whole numbers (K from 0 to N-1, e.g. 0/4)");
  if (*n == 0) throw std::invalid_argument(quoted + ": N, the number of shards, is at least 1");
  if (*k >= *n)
    throw std::invalid_argument(quoted + ": K counts from 0, so shard K of " + std::to_string(*n) +
                                " is 0 to " + std::to_string(*n - 1));
  return {*k, *n};
}

std::string IngestShardSpec(IngestShard shard) {
  return std::to_string(shard.k) + "/" + std::to_string(shard.n);
}

std::string IngestShardName(IngestShard shard) {
  if (shard.whole()) return "the whole tree";
  return "shard " + std::to_string(shard.k) + " of " + std::to_string(shard.n);
}

IngestShard StoredIngestShard(std::string_view stored) {
  if (stored.empty()) return {};
  try {
    return ParseIngestShard(stored);
  } catch (const std::invalid_argument& e) {
    throw IndexError("the index's " + std::string(schema::kIngestShardKey) +
                     " is unreadable: " + e.what());
  }
}

}  // namespace twindex::index
