#pragma once

#include "binary_io.h"
#include "stable_hash.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// An array that owns its items (when built) or views them where they lie (when read from a mapped
// cache file, which must then outlive it). Moving keeps the view valid: a moved vector keeps its
// buffer. Not copyable, since a copy's view would point into the original.
template <typename T> class FlatArray {
public:
  FlatArray() = default;
  explicit FlatArray(std::vector<T> items) : m_own(std::move(items)), m_view(m_own) {}
  explicit FlatArray(std::span<const T> view) : m_view(view) {}
  FlatArray(FlatArray&&) noexcept = default;
  FlatArray& operator=(FlatArray&&) noexcept = default;
  FlatArray(const FlatArray&) = delete;
  FlatArray& operator=(const FlatArray&) = delete;

  std::span<const T> view() const { return m_view; }
  std::size_t size() const { return m_view.size(); }
  bool empty() const { return m_view.empty(); }
  const T& operator[](std::size_t i) const { return m_view[i]; }
  const T* data() const { return m_view.data(); }
  auto begin() const { return m_view.begin(); }
  auto end() const { return m_view.end(); }

  void write(BinaryWriter& out) const { out.put_array(m_view); }
  static FlatArray read(BinaryReader& in) { return FlatArray(in.view_array<T>()); }

private:
  std::vector<T> m_own;
  std::span<const T> m_view;
};

// Strings stored end to end in one block, found by number: no allocation per string, and read from
// the cache without copying.
class StringTable {
public:
  StringTable() = default;
  explicit StringTable(const std::vector<std::string>& strings);

  std::size_t size() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
  std::string_view operator[](std::size_t i) const {
    return {m_bytes.data() + m_offsets[i], m_offsets[i + 1] - m_offsets[i]};
  }

  void write(BinaryWriter& out) const;
  // Throws CorruptCache unless the offsets rise and end at the end of the bytes.
  static StringTable read(BinaryReader& in);

private:
  FlatArray<char> m_bytes;
  FlatArray<std::uint32_t> m_offsets; // size() + 1 of them
};

// A hash table from the strings of a StringTable to their numbers: open addressing with linear
// probing over a power-of-two array of (number + 1), 0 for empty. Its hash is stable_hash, so the
// table is stored in the cache as it is and never rebuilt when read.
//
// In front of it, a bitmap of 16 bits a string with one bit set per string (a one-hash Bloom
// filter): most lookups of text ask for strings the table lacks (two adjacent words that the
// corpus never writes together, the parts of a word split in two), and the bitmap, an eighth of
// the table's size, answers about 95% of them without touching the table.
class StringLookup {
public:
  StringLookup() = default;
  static StringLookup build(const StringTable& strings);

  // The number of `key` in `strings` (the table this lookup was built over), if it is there.
  std::optional<std::uint32_t> find(const StringTable& strings, std::string_view key) const;

  void write(BinaryWriter& out) const {
    m_slots.write(out);
    m_filter.write(out);
  }
  // Throws CorruptCache unless the table has room for `count` strings and an empty slot, and the
  // bitmap's size is a power of two. Slot values are checked when used.
  static StringLookup read(BinaryReader& in, std::size_t count);

private:
  bool may_hold(std::uint64_t hash) const;

  FlatArray<std::uint32_t> m_slots;
  FlatArray<std::uint64_t> m_filter;
};

} // namespace overlap
