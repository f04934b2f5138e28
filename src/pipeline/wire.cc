#include "pipeline/wire.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace twindex::pipeline {
namespace {

constexpr char kDocumentMagic[2] = {'T', 1};  // twindex document, wire version 1

class Writer {
 public:
  template <typename T>
  void Number(T v) {
    static_assert(std::is_arithmetic_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));  // x86 and arm64 alike: little-endian
    out_.append(bytes, sizeof(T));
  }
  void String(std::string_view s) {
    Number(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Raw(std::string_view s) { out_.append(s); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  T Number() {
    T v;
    std::memcpy(&v, Take(sizeof(T)).data(), sizeof(T));
    return v;
  }
  std::string String() { return std::string(Take(Number<uint32_t>())); }
  // A count of items that take at least `min_bytes` each: bounded by what is left, so a corrupt
  // count cannot ask for a huge allocation.
  uint32_t Count(size_t min_bytes) {
    const uint32_t n = Number<uint32_t>();
    if (n > (in_.size() - pos_) / min_bytes) throw WireError("bad count in document message");
    return n;
  }
  std::string_view Take(size_t n) {
    if (n > in_.size() - pos_) throw WireError("truncated document message");
    std::string_view part = in_.substr(pos_, n);
    pos_ += n;
    return part;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace

std::string EncodeDocument(const Document& doc) {
  Writer w;
  w.Raw(std::string_view(kDocumentMagic, sizeof kDocumentMagic));
  w.String(doc.path);
  w.Number(static_cast<uint8_t>(doc.format));
  for (const std::string* s : {&doc.title, &doc.author, &doc.created, &doc.encoding}) w.String(*s);
  w.Number(static_cast<uint32_t>(doc.pages.size()));
  for (const Page& p : doc.pages) {
    w.Number(static_cast<int32_t>(p.number));
    w.String(p.text);
    w.Number(static_cast<uint8_t>(p.ocr));
    w.String(p.language);
    w.String(p.ocr_languages);
    w.Number(static_cast<int32_t>(p.ocr_confidence));
    w.Number(static_cast<int32_t>(p.ocr_rotation));
    w.Number(p.ocr_seconds);
    w.String(p.ocr_error);
  }
  w.String(doc.language);
  w.Number(static_cast<uint32_t>(doc.cities.size()));
  for (const CityRef& c : doc.cities) {
    w.Number(c.id);
    w.Number(static_cast<int32_t>(c.mentions));
  }
  w.Number(static_cast<uint32_t>(doc.dates.size()));
  for (const DateRef& d : doc.dates) {
    w.String(d.iso);
    w.String(d.text);
    w.Number(static_cast<uint8_t>(d.year_inferred));
    w.String(d.through);
  }
  w.String(doc.date);
  return w.Take();
}

Document DecodeDocument(std::string_view bytes) {
  Reader r(bytes);
  if (r.Take(sizeof kDocumentMagic) != std::string_view(kDocumentMagic, sizeof kDocumentMagic))
    throw WireError("not a document message");
  Document doc;
  doc.path = r.String();
  const auto format = r.Number<uint8_t>();
  if (format > static_cast<uint8_t>(Format::kJpeg)) throw WireError("bad format in document");
  doc.format = static_cast<Format>(format);
  for (std::string* s : {&doc.title, &doc.author, &doc.created, &doc.encoding}) *s = r.String();
  doc.pages.resize(r.Count(/*bytes of an empty page*/ 37));
  for (Page& p : doc.pages) {
    p.number = r.Number<int32_t>();
    p.text = r.String();
    p.ocr = r.Number<uint8_t>() != 0;
    p.language = r.String();
    p.ocr_languages = r.String();
    p.ocr_confidence = r.Number<int32_t>();
    p.ocr_rotation = r.Number<int32_t>();
    p.ocr_seconds = r.Number<double>();
    p.ocr_error = r.String();
  }
  doc.language = r.String();
  doc.cities.resize(r.Count(8));
  for (CityRef& c : doc.cities) {
    c.id = r.Number<uint32_t>();
    c.mentions = r.Number<int32_t>();
  }
  doc.dates.resize(r.Count(/*bytes of an empty date*/ 13));
  for (DateRef& d : doc.dates) {
    d.iso = r.String();
    d.text = r.String();
    d.year_inferred = r.Number<uint8_t>() != 0;
    d.through = r.String();
  }
  doc.date = r.String();
  if (!r.AtEnd()) throw WireError("trailing bytes after document message");
  return doc;
}

namespace {

void WriteIds(Writer& w, const std::vector<uint32_t>& ids) {
  w.Number(static_cast<uint32_t>(ids.size()));
  for (uint32_t id : ids) w.Number(id);
}

std::vector<uint32_t> ReadIds(Reader& r, size_t terms) {
  std::vector<uint32_t> ids(r.Count(sizeof(uint32_t)));
  for (uint32_t& id : ids) {
    id = r.Number<uint32_t>();
    if (id >= terms) throw WireError("bad word id in document message");
  }
  return ids;
}

}  // namespace

std::string EncodeExtracted(const Document& doc, const index::DocumentWords& words) {
  Writer w;
  w.String(EncodeDocument(doc));
  w.Number(static_cast<uint32_t>(words.terms.size()));
  for (const std::string& t : words.terms) w.String(t);
  WriteIds(w, words.title);
  w.Number(static_cast<uint32_t>(words.pages.size()));
  for (const std::vector<uint32_t>& page : words.pages) WriteIds(w, page);
  w.Number(static_cast<uint32_t>(words.form_links.size()));
  for (const index::FormLink& link : words.form_links) {
    w.String(link.form);
    w.String(link.word);
  }
  return w.Take();
}

Extracted DecodeExtracted(std::string_view bytes) {
  Reader r(bytes);
  Extracted out{DecodeDocument(r.Take(r.Number<uint32_t>())), {}};
  index::DocumentWords& words = out.words;
  words.terms.resize(r.Count(sizeof(uint32_t)));
  for (std::string& t : words.terms) t = r.String();
  words.title = ReadIds(r, words.terms.size());
  words.pages.resize(r.Count(sizeof(uint32_t)));
  if (words.pages.size() != out.document.pages.size())
    throw WireError("words of another number of pages in document message");
  for (std::vector<uint32_t>& page : words.pages) page = ReadIds(r, words.terms.size());
  words.form_links.resize(r.Count(2 * sizeof(uint32_t)));
  for (index::FormLink& link : words.form_links) {
    link.form = r.String();
    link.word = r.String();
  }
  if (!r.AtEnd()) throw WireError("trailing bytes after document message");
  return out;
}

std::string EncodeReply(Reply::Kind kind, std::string_view payload) {
  std::string out(1, static_cast<char>(kind));
  out.append(payload);
  return out;
}

Reply DecodeReply(std::string_view bytes) {
  if (bytes.empty()) throw WireError("empty reply");
  const auto kind = static_cast<Reply::Kind>(bytes[0]);
  switch (kind) {
    case Reply::Kind::kHash:
    case Reply::Kind::kDocument:
    case Reply::Kind::kUnchanged:
    case Reply::Kind::kError:
      return {kind, bytes.substr(1)};
  }
  throw WireError("unknown reply kind");
}

}  // namespace twindex::pipeline
