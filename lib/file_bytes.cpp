#include "file_bytes.h"

#include "error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace overlap {

namespace {

// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
public:
  explicit FileDescriptor(int fd) : m_fd(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  int get() const { return m_fd; }

private:
  int m_fd;
};

std::string too_large(const std::string& what, std::size_t max_bytes, const std::string& hint) {
  std::string message = what + " larger than the limit of " + std::to_string(max_bytes) + " bytes";
  return hint.empty() ? message : message + " (" + hint + ")";
}

std::string read_fd(int fd, const std::string& name, std::size_t max_bytes,
                    const std::string& hint) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    throw Error(std::string("cannot read: ") + std::strerror(errno), name);
  }
  if (S_ISDIR(st.st_mode)) {
    throw Error("is a directory, not a file", name);
  }
  std::string bytes;
  if (S_ISREG(st.st_mode) && st.st_size > 0) {
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) {
      throw Error(too_large("input of " + std::to_string(size) + " bytes is", max_bytes, hint),
                  name);
    }
    bytes.reserve(size);
  }
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw Error(std::string("read failed: ") + std::strerror(errno), name);
    }
    if (n == 0) {
      return bytes;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes) {
      throw Error(too_large("input is", max_bytes, hint), name);
    }
  }
}

} // namespace

std::string read_bytes(const std::string& path, std::size_t max_bytes,
                       const std::string& limit_hint) {
  if (path == "-") {
    return read_fd(STDIN_FILENO, "<stdin>", max_bytes, limit_hint);
  }
  int fd = -1;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    throw Error(std::string("cannot open: ") + std::strerror(errno), path);
  }
  const FileDescriptor file(fd);
  return read_fd(file.get(), path, max_bytes, limit_hint);
}

} // namespace overlap
