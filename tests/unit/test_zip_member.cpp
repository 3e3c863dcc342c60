#include "error.h"
#include "zip_member.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>
#include <zlib.h>

using namespace overlap;

namespace {

void put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}
void set32(std::string& out, std::size_t at, std::uint32_t v) {
  std::string bytes;
  put32(bytes, v);
  out.replace(at, 4, bytes);
}

std::string raw_deflate(const std::string& data) {
  z_stream stream{};
  REQUIRE(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                       Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

struct Member {
  std::string name;
  std::string data;
  std::uint16_t method = 8; // 0 stored, 8 deflated
  std::uint16_t flags = 0;
};

// A ZIP archive of `members`, as zip(1) writes one: local headers and data, the central
// directory, the end record (with `comment`).
std::string zip_of(const std::vector<Member>& members, const std::string& comment = "") {
  std::string archive;
  std::string directory;
  for (const Member& m : members) {
    const std::string packed = m.method == 8 ? raw_deflate(m.data) : m.data;
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(m.data.data()), static_cast<uInt>(m.data.size())));
    const auto offset = static_cast<std::uint32_t>(archive.size());
    put32(archive, 0x04034b50);
    put16(archive, 20);
    put16(archive, m.flags);
    put16(archive, m.method);
    put32(archive, 0); // time and date
    put32(archive, crc);
    put32(archive, static_cast<std::uint32_t>(packed.size()));
    put32(archive, static_cast<std::uint32_t>(m.data.size()));
    put16(archive, static_cast<std::uint32_t>(m.name.size()));
    put16(archive, 0);
    archive += m.name + packed;

    put32(directory, 0x02014b50);
    put16(directory, 20);
    put16(directory, 20);
    put16(directory, m.flags);
    put16(directory, m.method);
    put32(directory, 0);
    put32(directory, crc);
    put32(directory, static_cast<std::uint32_t>(packed.size()));
    put32(directory, static_cast<std::uint32_t>(m.data.size()));
    put16(directory, static_cast<std::uint32_t>(m.name.size()));
    put16(directory, 0); // extra
    put16(directory, 0); // comment
    put16(directory, 0); // disk
    put16(directory, 0); // internal attributes
    put32(directory, 0); // external attributes
    put32(directory, offset);
    directory += m.name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(archive.size());
  archive += directory;
  put32(archive, 0x06054b50);
  put16(archive, 0);
  put16(archive, 0);
  put16(archive, static_cast<std::uint32_t>(members.size()));
  put16(archive, static_cast<std::uint32_t>(members.size()));
  put32(archive, static_cast<std::uint32_t>(directory.size()));
  put32(archive, directory_offset);
  put16(archive, static_cast<std::uint32_t>(comment.size()));
  return archive + comment;
}

const std::string text(2000, 'x'); // deflates well

} // namespace

TEST_CASE("overlap::read_zip_member: stored and deflated members") {
  const std::string archive = zip_of({{"a.txt", "stored text", 0}, {"word/document.xml", text}});
  CHECK(read_zip_member(archive, "a.txt", 1000, "z") == std::optional<std::string>("stored text"));
  CHECK(read_zip_member(archive, "word/document.xml", 5000, "z") ==
        std::optional<std::string>(text));
  CHECK_FALSE(read_zip_member(archive, "word/other.xml", 5000, "z").has_value());
  // An empty archive, and one with a comment after its end record.
  CHECK_FALSE(read_zip_member(zip_of({}), "a.txt", 1000, "z").has_value());
  CHECK(read_zip_member(zip_of({{"a.txt", "t", 0}}, "made by a tool"), "a.txt", 10, "z") ==
        std::optional<std::string>("t"));
}

TEST_CASE("overlap::read_zip_member: the size limit comes before inflating") {
  const std::string archive = zip_of({{"word/document.xml", text}});
  CHECK_THROWS_WITH_AS(read_zip_member(archive, "word/document.xml", 1999, "big.docx"),
                       "big.docx: word/document.xml is larger than 1999 bytes once inflated (see "
                       "--max-input-size)",
                       Error);
  CHECK(read_zip_member(archive, "word/document.xml", 2000, "z").has_value());
}

TEST_CASE("overlap::read_zip_member: members it does not read") {
  CHECK_THROWS_WITH_AS(read_zip_member(zip_of({{"m", "secret", 0, 1}}), "m", 100, "e.docx"),
                       "e.docx: the archive's m is encrypted", Error);
  CHECK_THROWS_WITH_AS(read_zip_member(zip_of({{"m", "bzip2 data", 12}}), "m", 100, "b.docx"),
                       "b.docx: the archive's m is compressed with method 12, not stored or "
                       "deflated",
                       Error);
}

TEST_CASE("overlap::read_zip_member: damaged archives") {
  const std::string good = zip_of({{"a.txt", "stored text", 0}, {"b.xml", text}});
  auto damaged = [&](const std::string& archive, const char* member = "b.xml") {
    std::string message;
    try {
      read_zip_member(archive, member, 5000, "d.docx");
    } catch (const Error& e) {
      message = e.what();
    }
    return message;
  };
  const std::string prefix = "d.docx: not a readable ZIP archive, as a Word document (.docx) is: ";
  CHECK(damaged("PK") == prefix + "too short");
  CHECK(damaged(good.substr(0, good.size() / 2)) ==
        prefix + "no end of central directory record (cut off?)");

  const std::size_t end = good.size() - 22;
  std::string bad = good;
  set32(bad, end + 16, static_cast<std::uint32_t>(end)); // directory offset at the end record
  CHECK(damaged(bad) == prefix + "the central directory lies outside the archive");
  bad = good;
  set32(bad, end + 16, 0xFFFFFFFF);
  CHECK(damaged(bad) == prefix + "a ZIP64 archive, which is not read");
  bad = good;
  bad[end + 4] = 1; // this disk's number
  CHECK(damaged(bad) == prefix + "a multi-disk archive");

  // The second entry of the central directory points at no local header.
  const std::size_t directory = good.find("PK\1\2");
  const std::size_t second = good.find("PK\1\2", directory + 4);
  bad = good;
  set32(bad, second + 42, 3);
  CHECK(damaged(bad) == prefix + "a member's local header is missing");
  // Its data is said to be longer than the archive.
  bad = good;
  set32(bad, second + 20, 0x00FFFFFF);
  CHECK(damaged(bad) == prefix + "a member runs past the end of the archive");
  // Its data is changed: inflating fails or the checksum does not match.
  bad = good;
  bad[good.find("b.xml") + 5 + 1] ^= 0x55;
  CHECK((damaged(bad) == prefix + "a member does not inflate to its recorded size" ||
         damaged(bad) == prefix + "a member's CRC-32 does not match"));
  // Its inflated size is recorded as more than deflate can pack into its data.
  bad = good;
  set32(bad, second + 24, 4000000);
  CHECK_THROWS_WITH_AS(read_zip_member(bad, "b.xml", 5000000, "d.docx"),
                       (prefix + "a member's recorded size is more than deflate can pack into "
                                 "its data")
                           .c_str(),
                       Error);
  bad = good;
  set32(bad, second + 16, 12345); // the recorded CRC-32
  CHECK(damaged(bad) == prefix + "a member's CRC-32 does not match");
  // The end record counts more entries than the directory holds: looking for a member that is not
  // there runs past them.
  bad = good;
  bad[end + 10] = 5; // entries
  CHECK(damaged(bad, "c.xml") == prefix + "a damaged central directory");
}
