#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace overlap {

// A 64-bit hash of `bytes` that is the same in every process and build (std::hash is not
// promised to be), for tables stored in the compiled-corpus cache and for the cache's key. Reads
// eight bytes a step, so a megabyte of corpus hashes in a fraction of a millisecond. Not for
// security: it only needs to tell different inputs apart by accident.
inline std::uint64_t stable_hash(std::string_view bytes, std::uint64_t seed = 0) {
  constexpr std::uint64_t k1 = 0x87c37b91114253d5ULL;
  constexpr std::uint64_t k2 = 0x4cf5ad432745937fULL;
  std::uint64_t h = seed ^ (bytes.size() * 0x9e3779b97f4a7c15ULL);
  auto add = [&](std::uint64_t word) {
    word *= k1;
    word = std::rotl(word, 31);
    word *= k2;
    h ^= word;
    h = std::rotl(h, 27) * 5 + 0x52dce729;
  };
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + i, 8);
    add(word);
  }
  if (i < bytes.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + i, bytes.size() - i);
    add(word);
  }
  // Final avalanche (MurmurHash3's fmix64), so that every input bit moves the low bits too.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

} // namespace overlap
