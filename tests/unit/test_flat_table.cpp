#include "flat_table.h"
#include "stable_hash.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace overlap;

TEST_CASE("overlap::stable_hash gives the same value in every build") {
  // Stored tables and cache keys depend on it: a change must bump the cache format.
  CHECK(stable_hash("") == stable_hash("", 0));
  CHECK(stable_hash("network") == stable_hash(std::string("network")));
  CHECK(stable_hash("network") != stable_hash("networks"));
  CHECK(stable_hash("network", 1) != stable_hash("network", 2));
  // Bytes past the last full eight count, and so does the length.
  CHECK(stable_hash("abcdefgh1") != stable_hash("abcdefgh2"));
  CHECK(stable_hash(std::string_view("a\0", 2)) != stable_hash("a"));
}

TEST_CASE("overlap::StringTable and StringLookup find every string and nothing else") {
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) {
    words.push_back("w" + std::to_string(i * 7919 % 1000));
  }
  words.push_back(""); // an empty string is a string too
  const StringTable table(words);
  const StringLookup lookup = StringLookup::build(table);
  REQUIRE(table.size() == words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    CHECK(table[i] == words[i]);
    CHECK(lookup.find(table, words[i]) == i);
  }
  CHECK_FALSE(lookup.find(table, "w1001"));
  CHECK_FALSE(lookup.find(table, "w"));
  CHECK_FALSE(StringLookup().find(table, "w1")); // an empty lookup finds nothing

  SUBCASE("written and read back, they view the bytes in place") {
    BinaryWriter out;
    table.write(out);
    lookup.write(out);
    const std::string bytes = out.bytes();
    BinaryReader in(bytes);
    const StringTable read = StringTable::read(in);
    const StringLookup read_lookup = StringLookup::read(in, read.size());
    CHECK(in.at_end());
    REQUIRE(read.size() == words.size());
    CHECK(read[3].data() >= bytes.data());
    CHECK(read[3].data() < bytes.data() + bytes.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      CHECK(read_lookup.find(read, words[i]) == i);
    }
  }
}

TEST_CASE("overlap::StringTable::read refuses offsets that leave its bytes") {
  BinaryWriter out;
  const std::string bytes = "abcdef";
  out.put_array(std::span<const char>(bytes.data(), bytes.size()));
  const std::vector<std::uint32_t> offsets{0, 4, 9}; // 9 is past the 6 bytes
  out.put_array(std::span<const std::uint32_t>(offsets));
  const std::string written = out.bytes();
  BinaryReader in(written);
  CHECK_THROWS_AS(StringTable::read(in), CorruptCache);
}

TEST_CASE("overlap::StringLookup::read refuses a table without room for its strings") {
  const StringTable table(std::vector<std::string>{"a", "b", "c", "d"});
  BinaryWriter out;
  const std::vector<std::uint32_t> slots{1, 2, 3, 4}; // full: a lookup of a missing key never ends
  out.put_array(std::span<const std::uint32_t>(slots));
  const std::string written = out.bytes();
  BinaryReader in(written);
  CHECK_THROWS_AS(StringLookup::read(in, table.size()), CorruptCache);
}

TEST_CASE("overlap::StringLookup::read refuses a bitmap that is not a power of two") {
  const StringTable table(std::vector<std::string>{"a", "b"});
  BinaryWriter out;
  const std::vector<std::uint32_t> slots{1, 2, 0, 0, 0, 0, 0, 0};
  out.put_array(std::span<const std::uint32_t>(slots));
  const std::vector<std::uint64_t> filter{~0ULL, ~0ULL, ~0ULL}; // the mask would skip words
  out.put_array(std::span<const std::uint64_t>(filter));
  const std::string written = out.bytes();
  BinaryReader in(written);
  CHECK_THROWS_AS(StringLookup::read(in, table.size()), CorruptCache);
}

TEST_CASE("overlap::BinaryReader::view_array aligns what put_array wrote") {
  BinaryWriter out;
  out.put(static_cast<std::uint8_t>(7)); // leaves the next array unaligned unless padded
  const std::vector<double> values{1.5, -2.25};
  out.put_array(std::span<const double>(values));
  const std::string written = out.bytes();
  BinaryReader in(written);
  CHECK(in.get<std::uint8_t>() == 7);
  const auto view = in.view_array<double>();
  REQUIRE(view.size() == 2);
  CHECK(view[1] == -2.25);
  CHECK(reinterpret_cast<std::uintptr_t>(view.data()) % alignof(double) == 0);
  CHECK(in.at_end());
}
