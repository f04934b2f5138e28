#include "pipeline/worker_zygote.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "pipeline/process_file.h"
#include "tag/gazetteer.h"
#include "tag/person_names.h"
#include "text/stemmer.h"

namespace twindex::pipeline {
namespace {

// One byte with room for one attached fd: the message SendFd and ReceiveFd
// exchange. Not copyable: msg points into the object itself.
struct FdMessage {
  char byte = 'S';
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};

  FdMessage() {
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
  }
  FdMessage(const FdMessage&) = delete;
  FdMessage& operator=(const FdMessage&) = delete;
};

// Sends one byte with `fd` attached.
bool SendFd(int over, int fd) {
  FdMessage m;
  cmsghdr* c = CMSG_FIRSTHDR(&m.msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
  ssize_t n;
  while ((n = ::sendmsg(over, &m.msg, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
  }
  return n == 1;
}

// Receives what SendFd sent: the attached fd, or -1 once the peer is gone.
int ReceiveFd(int over) {
  FdMessage m;
  ssize_t n;
  while ((n = ::recvmsg(over, &m.msg, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR) {
  }
  if (n != 1) return -1;
  cmsghdr* c = CMSG_FIRSTHDR(&m.msg);
  if (!c || c->cmsg_type != SCM_RIGHTS) return -1;
  int fd;
  std::memcpy(&fd, CMSG_DATA(c), sizeof(int));
  return fd;
}

// What every worker would otherwise load for itself with its first files: the dictionaries, the
// gazetteer, the person names (read from the dictionaries' files: each worker of a 2000-PDF
// ingest read them again, some 20 ms of CPU apiece), and (through a small document in both scripts)
// ICU's transliterators, the language model and the taggers' tables.
void Preload(const WorkerSettings& settings) {
  tag::Gazetteer::Default();
  // pl and be stem by their dictionaries; ru and lt load none (their common words are compiled in).
  for (std::string_view language : {"pl", "be"})
    text::Stemmer::ForLanguage(language).LoadDictionary();
  tag::LoadPersonNames();
  try {
    ProcessBytes(
        "Grodno, 1 maja 2020 r.\nUmowa o współpracy między miastami Grodno i Białystok.\n"
        "Пагадненне аб супрацоўніцтве гарадоў Гродна і Беласток, 1 мая 2020 г.\n",
        "/zygote.txt", settings.limits);
  } catch (const std::exception&) {
    // Warming only: a worker meets the same problem on a real file and reports it there.
  }
}

}  // namespace

WorkerZygote::WorkerZygote(std::vector<std::string> command) {
  // Orphans of this process (the workers, see the header) become its children.
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  command.push_back("--zygote");
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    throw std::runtime_error(std::string("cannot create socket: ") + std::strerror(errno));
  try {
    pid_ = SpawnWithSocket(command, fds[1]);
  } catch (...) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw;
  }
  ::close(fds[1]);
  fd_ = fds[0];
}

WorkerZygote::~WorkerZygote() {
  if (fd_ >= 0) ::close(fd_);  // the zygote ends when its socket closes; its workers do not
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

pid_t WorkerZygote::Spawn(int socket) {
  std::lock_guard lock(mu_);
  if (fd_ < 0) return -1;
  auto gone = [&] {
    ::close(fd_);
    fd_ = -1;
    return -1;
  };
  if (!SendFd(fd_, socket)) return gone();
  // The zygote answers with the worker's pid at once; it only forks.
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, 10'000) != 1) return gone();
  int32_t pid = -1;
  if (::read(fd_, &pid, sizeof pid) != sizeof pid || pid <= 0) return gone();
  return pid;
}

int RunExtractZygote(int fd, const WorkerSettings& settings) {
  const pid_t ingest = ::getppid();
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != ingest) return 1;  // the ingest died before prctl took effect
  ::signal(SIGINT, SIG_IGN);
  ::signal(SIGTERM, SIG_IGN);
  Preload(settings);
  for (int socket; (socket = ReceiveFd(fd)) >= 0;) {
    const pid_t middle = ::fork();
    if (middle == 0) {
      const pid_t worker = ::fork();
      if (worker == 0) {
        ::close(fd);
        // Wait to be orphaned onto the ingest (a subreaper), so that the worker's parent, which
        // it dies with, is the ingest and not the intermediate that is about to exit.
        for (int i = 0; ::getppid() != ingest; ++i) {
          if (i == 20'000) std::_Exit(1);  // 2 s: the ingest is gone
          ::usleep(100);
        }
        std::_Exit(RunExtractWorker(socket, settings));
      }
      const int32_t reply = worker > 0 ? worker : -1;
      (void)!::write(fd, &reply, sizeof reply);
      std::_Exit(0);
    }
    ::close(socket);
    if (middle < 0) {
      const int32_t failed = -1;
      (void)!::write(fd, &failed, sizeof failed);
      continue;
    }
    while (::waitpid(middle, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  return 0;
}

}  // namespace twindex::pipeline
