#pragma once

#include <string>
#include <string_view>

namespace overlap {

// Writes `content` to `path` so that readers see the old file or the new one, never a part: the
// bytes go to `path`.tmp.<pid> in the same directory, which is flushed and renamed over `path`.
// Throws overlap::Error naming `path` when that fails, leaving no temporary file behind.
void write_file_atomically(const std::string& path, std::string_view content);

// A file written in pieces that appears at `path` only when commit() succeeds: until then the
// pieces go to a temporary file beside it, which is removed if the writer is destroyed first (an
// error midway leaves the old file as it was). Throws overlap::Error naming `path` on failure.
class AtomicFile {
public:
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  void write(std::string_view piece);
  void commit(); // flushes to disk and renames over `path`

private:
  std::string m_path;
  std::string m_temp;
  int m_fd = -1;
};

} // namespace overlap
