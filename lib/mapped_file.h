#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace overlap {

// The bytes of a file, mapped read-only into memory: pages are shared with the kernel's page cache
// and only those touched are ever faulted in, so opening a large cache file costs almost nothing.
// Movable, not copyable; the mapping ends with the object.
class MappedFile {
public:
  // The file at `path` mapped whole, or nullopt when it cannot be opened or mapped.
  static std::optional<MappedFile> open(const std::filesystem::path& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {static_cast<const char*>(m_data), m_size}; }

private:
  MappedFile(const void* data, std::size_t size) : m_data(data), m_size(size) {}
  const void* m_data = nullptr;
  std::size_t m_size = 0;
};

} // namespace overlap
