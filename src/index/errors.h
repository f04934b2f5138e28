// Errors the index layer reports; Xapian's own exceptions do not cross its boundary.
#pragma once

#include <stdexcept>

namespace twindex::index {

// The index cannot be opened, read or written (missing, corrupt, disk full, permissions).
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another ingest holds the index's write lock.
class IndexLockedError : public IndexError {
 public:
  using IndexError::IndexError;
};

}  // namespace twindex::index
