#include "index/writer.h"

#include <xapian.h>

#include <stdexcept>

#include "core/document_json.h"
#include "index/metadata_codec.h"
#include "index/page_document.h"
#include "index/schema.h"

namespace twindex::index {

struct IndexWriter::Impl {
  explicit Impl(size_t memory) : form_links(memory) {}
  Xapian::WritableDatabase db;
  FormLinkStore form_links;
};

namespace {

// Runs `fn`, turning Xapian's exceptions (which are not std::exceptions) into IndexError.
template <typename Fn>
auto Guard(const std::string& what, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexLockedError("index is locked by another ingest");
  } catch (const Xapian::Error& e) {
    throw IndexError(what + ": " + e.get_description());
  }
}

// Metadata values are JSON; text that is not valid UTF-8 is replaced rather than refused.
std::string Serialized(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& dir, LockMode mode, size_t memory)
    : impl_(std::make_unique<Impl>(memory)) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw IndexError("cannot create index directory " + dir.string() + ": " + ec.message());
  int flags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS;
  if (mode == LockMode::kWait) flags |= Xapian::DB_RETRY_LOCK;
  Guard("cannot open index " + dir.string(), [&] {
    impl_->db = Xapian::WritableDatabase(dir.string(), flags);
    const std::string key(schema::kSchemaVersionKey);
    const std::string version = impl_->db.get_metadata(key);
    if (version == schema::kSchemaVersion) return;
    // Written by another schema (or new): start empty, so nothing old and new is mixed. The
    // next ingest of each folder indexes it afresh.
    if (impl_->db.get_doccount() > 0 || !version.empty()) {
      emptied_old_schema_ = version.empty() ? "unversioned" : version;
      for (const auto& [path, record] : LoadRecords()) RemoveFile(path);
      FormLinkStore::DropAll(impl_->db);
    }
    impl_->db.set_metadata(key, std::string(schema::kSchemaVersion));
  });
}

IndexWriter::~IndexWriter() {
  // Xapian commits what is pending when the database closes; the links go with their pages.
  try {
    impl_->form_links.Store(impl_->db);
  } catch (const Xapian::Error&) {
  }
}

std::unordered_map<std::string, FileRecord> IndexWriter::LoadRecords() const {
  std::unordered_map<std::string, FileRecord> records;
  ForEachRecord([&](FileRecord&& r) {
    std::string path = r.path;
    records.emplace(std::move(path), std::move(r));
  });
  return records;
}

void IndexWriter::ForEachRecord(const std::function<void(FileRecord&&)>& fn) const {
  Guard("cannot read index", [&] {
    const std::string prefix(schema::kFileRecordKeyPrefix);
    for (auto it = impl_->db.metadata_keys_begin(prefix); it != impl_->db.metadata_keys_end(prefix);
         ++it)
      fn(FileRecordFromStored(impl_->db.get_metadata(*it)));
  });
}

std::optional<FileRecord> IndexWriter::RecordOf(std::string_view file_key) const {
  return Guard("cannot read index", [&]() -> std::optional<FileRecord> {
    const std::string stored = impl_->db.get_metadata(schema::FileRecordKey(file_key));
    if (stored.empty()) return std::nullopt;
    return FileRecordFromStored(stored);
  });
}

IngestShard IndexWriter::ingest_shard() const {
  return StoredIngestShard(Guard("cannot read index", [&] {
    return impl_->db.get_metadata(std::string(schema::kIngestShardKey));
  }));
}

void IndexWriter::SetIngestShard(IngestShard shard) {
  Guard("cannot write index", [&] {
    // An empty value deletes the key.
    impl_->db.set_metadata(std::string(schema::kIngestShardKey),
                           shard.whole() ? "" : IngestShardSpec(shard));
  });
}

PreparedFile PrepareFile(const Document& doc, FileRecord record) {
  return PrepareFile(doc, std::move(record), AnalyzeDocumentWords(doc));
}

PreparedFile PrepareFile(const Document& doc, FileRecord record, DocumentWords words) {
  if (words.pages.size() != doc.pages.size())
    throw std::invalid_argument("PrepareFile: the words are not the document's");
  PreparedFile file{std::move(record), {}, {}, {}};
  const std::string key = schema::FileKey(file.record.path);
  file.pages.reserve(doc.pages.size());
  for (size_t i = 0; i < doc.pages.size(); ++i)
    file.pages.push_back(MakePageDocument(doc, i, key, words));
  file.form_links = std::move(words.form_links);
  // Everything but the text, which the page documents already hold.
  nlohmann::json stored = ToJson(doc);
  for (nlohmann::json& page : stored["pages"]) page.erase("text");
  file.stored_document = EncodeMetadata(MetadataKind::kDocument, Serialized(stored));
  return file;
}

void IndexWriter::AddFile(PreparedFile file) {
  Guard("cannot write index", [&] {
    const std::string key = schema::FileKey(file.record.path);
    impl_->db.delete_document(schema::FileTerm(key));
    for (Xapian::Document& page : file.pages) impl_->db.add_document(page);
    impl_->form_links.Add(file.form_links);
    impl_->db.set_metadata(schema::FileRecordKey(key), StoredFileRecord(file.record));
    impl_->db.set_metadata(schema::DocumentKey(key), file.stored_document);
  });
}

void IndexWriter::RecordFailure(const FileRecord& record) {
  Guard("cannot write index", [&] {
    const std::string key = schema::FileKey(record.path);
    impl_->db.delete_document(schema::FileTerm(key));
    impl_->db.set_metadata(schema::FileRecordKey(key), StoredFileRecord(record));
    impl_->db.set_metadata(schema::DocumentKey(key), "");  // empty value deletes the key
  });
}

void IndexWriter::UpdateRecord(const FileRecord& record) {
  Guard("cannot write index", [&] {
    impl_->db.set_metadata(schema::FileRecordKey(schema::FileKey(record.path)),
                           StoredFileRecord(record));
  });
}

void IndexWriter::RemoveFile(const std::string& path) {
  Guard("cannot write index", [&] {
    const std::string key = schema::FileKey(path);
    impl_->db.delete_document(schema::FileTerm(key));
    impl_->db.set_metadata(schema::FileRecordKey(key), "");  // empty value deletes the key
    impl_->db.set_metadata(schema::DocumentKey(key), "");
  });
}

void IndexWriter::Commit() {
  Guard("cannot commit index", [&] {
    impl_->form_links.Store(impl_->db);
    impl_->db.commit();
  });
}

}  // namespace twindex::index
