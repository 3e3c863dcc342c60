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

void write_file_atomically(const std::string& path, std::string_view content) {
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    throw Error(system_error("cannot write"), path);
  }
  std::string failure;
  std::size_t done = 0;
  while (done < content.size() && failure.empty()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno != EINTR) {
      failure = system_error("write failed");
    } else if (n > 0) {
      done += static_cast<std::size_t>(n);
    }
  }
  if (failure.empty() && ::fsync(fd) != 0) {
    failure = system_error("write failed");
  }
  if (::close(fd) != 0 && failure.empty()) {
    failure = system_error("write failed");
  }
  if (failure.empty() && std::rename(temp.c_str(), path.c_str()) != 0) {
    failure = system_error("cannot replace the file");
  }
  if (!failure.empty()) {
    std::remove(temp.c_str());
    throw Error(failure, path);
  }
}

} // namespace overlap
