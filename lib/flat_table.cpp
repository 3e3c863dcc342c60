#include "flat_table.h"

#include <algorithm>
#include <bit>

namespace overlap {

StringTable::StringTable(const std::vector<std::string>& strings) {
  std::vector<char> bytes;
  std::vector<std::uint32_t> offsets{0};
  offsets.reserve(strings.size() + 1);
  for (const std::string& s : strings) {
    bytes.insert(bytes.end(), s.begin(), s.end());
    offsets.push_back(static_cast<std::uint32_t>(bytes.size()));
  }
  m_bytes = FlatArray<char>(std::move(bytes));
  m_offsets = FlatArray<std::uint32_t>(std::move(offsets));
}

void StringTable::write(BinaryWriter& out) const {
  m_bytes.write(out);
  m_offsets.write(out);
}

StringTable StringTable::read(BinaryReader& in) {
  StringTable table;
  table.m_bytes = FlatArray<char>::read(in);
  table.m_offsets = FlatArray<std::uint32_t>::read(in);
  const auto& offsets = table.m_offsets;
  if (offsets.empty() || offsets[0] != 0 || offsets[offsets.size() - 1] != table.m_bytes.size() ||
      !std::is_sorted(offsets.begin(), offsets.end())) {
    throw CorruptCache("string table does not hold together");
  }
  return table;
}

namespace {

// The bitmap's bit for a string: from the hash's high half, as its low bits place the slot.
std::size_t filter_bit(std::uint64_t hash, std::size_t bits) {
  return static_cast<std::size_t>(hash >> 32) & (bits - 1);
}

} // namespace

StringLookup StringLookup::build(const StringTable& strings) {
  // At most half full, so that probes stay short.
  const std::size_t size = std::bit_ceil(std::max<std::size_t>(2 * strings.size(), 8));
  const std::size_t bits = std::bit_ceil(std::max<std::size_t>(16 * strings.size(), 64));
  std::vector<std::uint32_t> slots(size, 0);
  std::vector<std::uint64_t> filter(bits / 64, 0);
  for (std::size_t i = 0; i < strings.size(); ++i) {
    const std::uint64_t hash = stable_hash(strings[i]);
    const std::size_t bit = filter_bit(hash, bits);
    filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
    std::size_t at = hash & (size - 1);
    while (slots[at] != 0) {
      at = (at + 1) & (size - 1);
    }
    slots[at] = static_cast<std::uint32_t>(i + 1);
  }
  StringLookup lookup;
  lookup.m_slots = FlatArray<std::uint32_t>(std::move(slots));
  lookup.m_filter = FlatArray<std::uint64_t>(std::move(filter));
  return lookup;
}

bool StringLookup::may_hold(std::uint64_t hash) const {
  const std::size_t bit = filter_bit(hash, 64 * m_filter.size());
  return ((m_filter[bit / 64] >> (bit % 64)) & 1U) != 0;
}

std::optional<std::uint32_t> StringLookup::find(const StringTable& strings,
                                                std::string_view key) const {
  const std::size_t size = m_slots.size();
  if (size == 0) {
    return std::nullopt;
  }
  const std::uint64_t hash = stable_hash(key);
  if (!may_hold(hash)) {
    return std::nullopt;
  }
  std::size_t at = hash & (size - 1);
  for (std::size_t probes = 0; probes < size && m_slots[at] != 0; ++probes) {
    const std::uint32_t number = m_slots[at] - 1;
    if (number < strings.size() && strings[number] == key) {
      return number;
    }
    at = (at + 1) & (size - 1);
  }
  return std::nullopt;
}

StringLookup StringLookup::read(BinaryReader& in, std::size_t count) {
  StringLookup lookup;
  lookup.m_slots = FlatArray<std::uint32_t>::read(in);
  lookup.m_filter = FlatArray<std::uint64_t>::read(in);
  const std::size_t size = lookup.m_slots.size();
  if (size != 0 && (!std::has_single_bit(size) || size <= count ||
                    !std::has_single_bit(lookup.m_filter.size()))) {
    throw CorruptCache("lookup table does not fit its strings");
  }
  return lookup;
}

} // namespace overlap
