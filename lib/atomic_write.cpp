#include "atomic_write.h"

#include "error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace overlap {

namespace {

std::string system_error(const char* what) {
  return std::string(what) + ": " + std::strerror(errno);
}

} // namespace

AtomicFile::AtomicFile(std::string path)
    : m_path(std::move(path)), m_temp(m_path + ".tmp." + std::to_string(::getpid())) {
  m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (m_fd < 0) {
    throw Error(system_error("cannot write"), m_path);
  }
}

AtomicFile::~AtomicFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
    std::remove(m_temp.c_str());
  }
}

void AtomicFile::write(std::string_view piece) {
  std::size_t done = 0;
  while (done < piece.size()) {
    const ssize_t n = ::write(m_fd, piece.data() + done, piece.size() - done);
    if (n < 0 && errno != EINTR) {
      throw Error(system_error("write failed"), m_path);
    }
    done += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
}

void AtomicFile::commit() {
  std::string failure;
  if (::fsync(m_fd) != 0) {
    failure = system_error("write failed");
  }
  if (::close(m_fd) != 0 && failure.empty()) {
    failure = system_error("write failed");
  }
  m_fd = -1;
  if (failure.empty() && std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    failure = system_error("cannot replace the file");
  }
  if (!failure.empty()) {
    std::remove(m_temp.c_str());
    throw Error(failure, m_path);
  }
}

void write_file_atomically(const std::string& path, std::string_view content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}

} // namespace overlap
