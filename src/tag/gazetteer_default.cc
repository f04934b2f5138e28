// Gazetteer::Default(): the compiled-in data and its key table. In a file of its own because the
// key table is made at build time by a tool that links the rest of gazetteer.cc.
#include <string>

#include "tag/gazetteer.h"

namespace twindex::tag {
namespace {

#include "tag/data/gazetteer_data.inc"  // kGazetteerChunks: gazetteer.tsv
#include "tag/gazetteer_keys.inc"       // kGazetteerKeyChunks: KeyTable(gazetteer.tsv), generated

template <size_t N>
std::string Join(const char* const (&chunks)[N]) {
  std::string out;
  for (const char* chunk : chunks) out += chunk;
  return out;
}

}  // namespace

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer* const gazetteer =
      new Gazetteer(Join(kGazetteerChunks), Join(kGazetteerKeyChunks));
  return *gazetteer;
}

}  // namespace twindex::tag
