// ZipArchive: read-only access to a zip file held in memory (the container of DOCX and ODT).
//
// Members are read whole into strings. The bytes passed to the constructor are not copied and must
// outlive the archive. Every failure throws ExtractError with a reason a user can act on: "not a
// zip file", "truncated zip", "damaged zip ...", "missing member ...", "encrypted zip member ...".
// Zip bombs: the total uncompressed size read from one archive is capped (counted while
// inflating, not taken from the headers, which can lie); going over throws "zip member too large".
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct zip;  // libzip's zip_t

namespace twindex::extract {

class ZipArchive {
 public:
  static constexpr uint64_t kDefaultMaxTotalSize = uint64_t{256} << 20;  // 256 MiB

  explicit ZipArchive(std::string_view bytes, uint64_t max_total_size = kDefaultMaxTotalSize);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool Has(const std::string& name) const;
  std::vector<std::string> Names() const;  // member names in central-directory order

  // The uncompressed content of member `name` (exact, case-sensitive match).
  std::string Read(const std::string& name);

 private:
  struct Discard {
    void operator()(zip* archive) const;
  };
  std::unique_ptr<zip, Discard> archive_;
  uint64_t budget_;  // bytes that may still be read
};

}  // namespace twindex::extract
