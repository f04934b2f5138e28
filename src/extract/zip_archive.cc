#include "extract/zip_archive.h"

#include <zip.h>

#include <algorithm>

#include "extract/extractor.h"

namespace twindex::extract {
namespace {

// zip_error_t must be finalized to free its message string.
class ZipError {
 public:
  ZipError() { zip_error_init(&error_); }
  ~ZipError() { zip_error_fini(&error_); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
  zip_error_t* get() { return &error_; }
  int code() const { return error_.zip_err; }
  std::string message() { return zip_error_strerror(&error_); }

 private:
  zip_error_t error_;
};

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct FileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

bool StartsWithLocalHeader(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

}  // namespace

void ZipArchive::Discard::operator()(zip* archive) const { zip_discard(archive); }

ZipArchive::ZipArchive(std::string_view bytes, uint64_t max_total_size) : budget_(max_total_size) {
  if (bytes.empty()) throw ExtractError("not a zip file");  // libzip would open it as an empty zip
  ZipError error;
  std::unique_ptr<zip_source_t, SourceFree> source(
      zip_source_buffer_create(bytes.data(), bytes.size(), /*freep=*/0, error.get()));
  if (!source) throw ExtractError("cannot read zip: " + error.message());
  archive_.reset(zip_open_from_source(source.get(), ZIP_RDONLY, error.get()));
  if (!archive_) {
    // The end-of-central-directory record is the last thing in a zip, so a file that starts like
    // a zip but where libzip finds no such record has lost its end.
    if (error.code() == ZIP_ER_NOZIP)
      throw ExtractError(StartsWithLocalHeader(bytes) ? "truncated zip" : "not a zip file");
    throw ExtractError("damaged zip: " + error.message());
  }
  source.release();  // the archive owns it now
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::Has(const std::string& name) const {
  return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0;
}

std::vector<std::string> ZipArchive::Names() const {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i)
    if (const char* name = zip_get_name(archive_.get(), i, 0)) names.emplace_back(name);
  return names;
}

std::string ZipArchive::Read(const std::string& name) {
  const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
  if (index < 0) throw ExtractError("missing member " + name + " in zip");
  std::unique_ptr<zip_file_t, FileClose> file(zip_fopen_index(archive_.get(), index, 0));
  if (!file) {
    zip_error_t* error = zip_get_error(archive_.get());
    if (zip_error_code_zip(error) == ZIP_ER_NOPASSWD ||
        zip_error_code_zip(error) == ZIP_ER_WRONGPASSWD)
      throw ExtractError("encrypted zip member " + name + ": a password is needed to read it");
    throw ExtractError("cannot open zip member " + name + ": " + zip_error_strerror(error));
  }

  std::string content;
  zip_stat_t stat;
  if (zip_stat_index(archive_.get(), index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
    content.reserve(std::min<uint64_t>(stat.size, budget_));  // a hint only: headers can lie
  char buffer[64 * 1024];
  for (;;) {
    const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
    if (n < 0) {
      throw ExtractError("damaged zip member " + name + ": " +
                         zip_error_strerror(zip_file_get_error(file.get())));
    }
    if (n == 0) break;
    if (static_cast<uint64_t>(n) > budget_) throw ExtractError("zip member too large: " + name);
    budget_ -= n;
    content.append(buffer, n);
  }
  return content;
}

}  // namespace twindex::extract
