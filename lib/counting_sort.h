#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace overlap {

// Sorts `items` by key(item), 0 .. keys - 1, keeping the order of equal keys (a counting sort:
// linear, for small keys such as an index among a few candidates); returns where each key's items
// begin (keys + 1 offsets).
template <typename T, typename Key>
std::vector<std::uint32_t> counting_sort(std::vector<T>& items, std::size_t keys, Key key) {
  std::vector<std::uint32_t> begin(keys + 1, 0);
  for (const T& item : items) {
    ++begin[key(item) + 1];
  }
  for (std::size_t k = 0; k < keys; ++k) {
    begin[k + 1] += begin[k];
  }
  std::vector<T> sorted(items.size());
  std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
  for (const T& item : items) {
    sorted[next[key(item)]++] = item;
  }
  items = std::move(sorted);
  return begin;
}

} // namespace overlap
