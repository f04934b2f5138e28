// ScopedUnprivileged: runs a block as an ordinary user, so that permission checks bite when the
// tests run as root (root lists any directory). Only the effective user id changes, and it is
// restored on destruction. Header-only: shared by the pipeline tests.
#pragma once

#include <unistd.h>

namespace twindex::testing {

inline constexpr uid_t kNobodyUid = 65534;

class ScopedUnprivileged {
 public:
  ScopedUnprivileged() : saved_(::geteuid()) {
    ok_ = saved_ != 0 || ::seteuid(kNobodyUid) == 0;  // not root: nothing to drop
  }
  ~ScopedUnprivileged() {
    if (::geteuid() != saved_) (void)::seteuid(saved_);
  }
  ScopedUnprivileged(const ScopedUnprivileged&) = delete;
  ScopedUnprivileged& operator=(const ScopedUnprivileged&) = delete;
  // False if the process is root and could not drop privileges.
  bool ok() const { return ok_; }

 private:
  uid_t saved_;
  bool ok_ = false;
};

}  // namespace twindex::testing
