#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

// Fuzz input as a file, for loaders that take a path: an in-memory file, named by
// /proc/self/fd/N, closed when this goes out of scope.
class MemfdFile {
public:
  MemfdFile(const std::uint8_t* data, std::size_t size) : m_fd(::memfd_create("fuzz", 0)) {
    if (m_fd < 0) {
      __builtin_trap();
    }
    for (std::size_t done = 0; done < size;) {
      const ssize_t n = ::write(m_fd, data + done, size - done);
      if (n <= 0) {
        __builtin_trap();
      }
      done += static_cast<std::size_t>(n);
    }
  }
  MemfdFile(const MemfdFile&) = delete;
  MemfdFile& operator=(const MemfdFile&) = delete;
  ~MemfdFile() { ::close(m_fd); }

  // A path that opens the file from its start.
  std::string path() const { return "/proc/self/fd/" + std::to_string(m_fd); }

private:
  int m_fd;
};
