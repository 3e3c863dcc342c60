#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace overlap {

// Appends values to a byte string in the machine's byte order (the cache is local to the machine).
class BinaryWriter {
public:
  template <typename T> void put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    m_bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void put_string(std::string_view s) {
    put(static_cast<std::uint32_t>(s.size()));
    m_bytes.append(s);
  }
  void put_bytes(const void* data, std::size_t size) {
    m_bytes.append(static_cast<const char*>(data), size);
  }
  void put_strings(const std::vector<std::string>& items) {
    put(static_cast<std::uint32_t>(items.size()));
    for (const auto& s : items) {
      put_string(s);
    }
  }
  // Writes a count and then `items` as raw bytes, aligned so that a reader can view them in place.
  template <typename T> void put_array(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    put(static_cast<std::uint32_t>(items.size()));
    m_bytes.append((alignof(T) - m_bytes.size() % alignof(T)) % alignof(T), '\0');
    m_bytes.append(reinterpret_cast<const char*>(items.data()), items.size_bytes());
  }
  const std::string& bytes() const { return m_bytes; }

private:
  std::string m_bytes;
};

// Thrown by BinaryReader when the bytes end early or do not fit: the cache is then rebuilt.
struct CorruptCache : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads what BinaryWriter wrote, checking every length against the bytes left.
class BinaryReader {
public:
  explicit BinaryReader(std::string_view bytes) : m_bytes(bytes) {}

  template <typename T> T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T value;
    std::memcpy(&value, m_bytes.data() + m_at, sizeof value);
    m_at += sizeof value;
    return value;
  }
  void get_bytes(void* data, std::size_t size) {
    need(size);
    std::memcpy(data, m_bytes.data() + m_at, size);
    m_at += size;
  }
  std::string get_string() {
    auto n = get<std::uint32_t>();
    need(n);
    std::string s(m_bytes.substr(m_at, n));
    m_at += n;
    return s;
  }
  std::vector<std::string> get_strings() {
    auto n = get<std::uint32_t>();
    need(n); // each string takes at least one byte of length: a cheap sanity bound
    std::vector<std::string> out;
    out.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      out.push_back(get_string());
    }
    return out;
  }
  // Reads a count of items that take at least `item_size` bytes each.
  std::uint32_t get_count(std::size_t item_size) {
    auto n = get<std::uint32_t>();
    need(static_cast<std::size_t>(n) * item_size);
    return n;
  }
  // Views what put_array wrote, in place: valid while the bytes are. The bytes must start at an
  // address aligned for T (a mapped file or a heap buffer is).
  template <typename T> std::span<const T> view_array() {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto n = get<std::uint32_t>();
    const std::size_t padding = (alignof(T) - m_at % alignof(T)) % alignof(T);
    need(padding);
    m_at += padding;
    need(static_cast<std::size_t>(n) * sizeof(T));
    const char* first = m_bytes.data() + m_at;
    if (reinterpret_cast<std::uintptr_t>(first) % alignof(T) != 0) {
      throw CorruptCache("cache bytes are not aligned");
    }
    m_at += static_cast<std::size_t>(n) * sizeof(T);
    return {reinterpret_cast<const T*>(first), n};
  }
  bool at_end() const { return m_at == m_bytes.size(); }

private:
  void need(std::size_t n) const {
    if (m_bytes.size() - m_at < n) {
      throw CorruptCache("cache file is truncated");
    }
  }
  std::string_view m_bytes;
  std::size_t m_at = 0;
};

} // namespace overlap
