#include "pipeline/process_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "extract/extractor.h"
#include "extract/sniff.h"
#include "ocr/ocr_engine.h"
#include "tag/document_tags.h"
#include "text/cleanup.h"
#include "text/document_language.h"

namespace twindex::pipeline {

using extract::ExtractError;

std::string ReadFileBytes(const std::string& path, const ProcessLimits& limits) {
  const uint64_t max_size = limits.max_file_size;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw ExtractError(std::string("cannot open: ") + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0)
    throw ExtractError(std::string("cannot stat: ") + std::strerror(errno));
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  if (size > max_size)
    throw ExtractError("file too large: " + std::to_string(size >> 20) + " MiB, the limit is " +
                       std::to_string(max_size >> 20) + " MiB");
  std::string bytes(size, '\0');
  size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, bytes.data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw ExtractError(std::string("read error: ") + std::strerror(errno));
    if (n == 0) break;  // shrank while reading
    done += static_cast<size_t>(n);
  }
  bytes.resize(done);
  return bytes;
}

Document ProcessFile(const std::string& path, const ProcessLimits& limits) {
  return ProcessBytes(ReadFileBytes(path, limits), path, limits);
}

Document ProcessBytes(std::string_view bytes, const std::string& path,
                      const ProcessLimits& limits) {
  if (bytes.empty()) throw ExtractError("empty file");
  const Format format = extract::Sniff(bytes);
  std::unique_ptr<extract::Extractor> extractor = extract::MakeExtractor(format);
  if (!extractor)
    throw ExtractError(
        "unsupported format: not a PDF, text, DOCX, ODT, HTML, TIFF, PNG or JPEG file");
  Document doc = extractor->Extract(bytes, path);
  doc.path = path;
  doc.format = format;
  static ocr::OcrEnginePool engines;  // kept for the process's next files
  ocr::OcrDocument(doc, bytes, limits.ocr, engines);
  text::CleanDocument(doc);
  text::IdentifyLanguages(doc);
  tag::TagDocument(doc);
  return doc;
}

}  // namespace twindex::pipeline
