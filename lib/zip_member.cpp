#include "zip_member.h"

#include "error.h"

#include <algorithm>
#include <cstdint>
#include <zlib.h>

namespace overlap {

namespace {

// Record signatures and fixed sizes (PKWARE's APPNOTE, sections 4.3.7, 4.3.12 and 4.3.16).
constexpr std::uint32_t local_signature = 0x04034b50;
constexpr std::uint32_t central_signature = 0x02014b50;
constexpr std::uint32_t end_signature = 0x06054b50;
constexpr std::size_t local_size = 30;
constexpr std::size_t central_size = 46;
constexpr std::size_t end_size = 22;
constexpr std::size_t max_comment = 0xFFFF;

std::uint32_t read_le(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint32_t value = 0;
  for (std::size_t i = width; i-- > 0;) {
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  }
  return value;
}
std::uint16_t u16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(read_le(bytes, at, 2));
}
std::uint32_t u32(std::string_view bytes, std::size_t at) {
  return read_le(bytes, at, 4);
}

[[noreturn]] void unreadable(const std::string& why, const std::string& name) {
  throw Error("not a readable ZIP archive, as a Word document (.docx) is: " + why, name);
}

// The offset of the end of central directory record: the last one whose comment fits.
std::size_t find_end_record(std::string_view archive, const std::string& name) {
  if (archive.size() < end_size) {
    unreadable("too short", name);
  }
  const std::size_t lowest = archive.size() - std::min(archive.size(), end_size + max_comment);
  for (std::size_t at = archive.size() - end_size + 1; at-- > lowest;) {
    if (u32(archive, at) == end_signature &&
        at + end_size + u16(archive, at + 20) <= archive.size()) {
      return at;
    }
  }
  unreadable("no end of central directory record (cut off?)", name);
}

std::string inflate_raw(std::string_view data, std::size_t size, const std::string& name) {
  std::string out(size, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    throw Error("cannot start zlib's inflate", name);
  }
  // zlib's interface is not const-correct; it does not write to its input.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = inflate(&stream, Z_FINISH);
  const std::size_t produced = stream.total_out;
  inflateEnd(&stream);
  if (status != Z_STREAM_END || produced != size) {
    unreadable("a member does not inflate to its recorded size", name);
  }
  return out;
}

} // namespace

std::optional<std::string> read_zip_member(std::string_view archive, std::string_view member,
                                           std::size_t max_bytes, const std::string& name) {
  const std::size_t end = find_end_record(archive, name);
  const std::uint16_t this_disk = u16(archive, end + 4);
  const std::uint16_t directory_disk = u16(archive, end + 6);
  const std::uint16_t entries = u16(archive, end + 10);
  const std::uint32_t directory_size = u32(archive, end + 12);
  const std::uint32_t directory_offset = u32(archive, end + 16);
  if (this_disk != 0 || directory_disk != 0) {
    unreadable("a multi-disk archive", name);
  }
  if (entries == 0xFFFF || directory_size == 0xFFFFFFFF || directory_offset == 0xFFFFFFFF) {
    unreadable("a ZIP64 archive, which is not read", name);
  }
  if (static_cast<std::uint64_t>(directory_offset) + directory_size > end) {
    unreadable("the central directory lies outside the archive", name);
  }

  std::size_t at = directory_offset;
  for (std::uint16_t i = 0; i < entries; ++i) {
    if (at + central_size > end || u32(archive, at) != central_signature) {
      unreadable("a damaged central directory", name);
    }
    const std::uint16_t flags = u16(archive, at + 8);
    const std::uint16_t method = u16(archive, at + 10);
    const std::uint32_t crc = u32(archive, at + 16);
    const std::uint32_t packed_size = u32(archive, at + 20);
    const std::uint32_t size = u32(archive, at + 24);
    const std::size_t name_length = u16(archive, at + 28);
    const std::size_t extra_length = u16(archive, at + 30);
    const std::size_t comment_length = u16(archive, at + 32);
    const std::uint32_t local_offset = u32(archive, at + 42);
    const std::size_t next = at + central_size + name_length + extra_length + comment_length;
    if (next > end) {
      unreadable("a damaged central directory", name);
    }
    if (archive.substr(at + central_size, name_length) != member) {
      at = next;
      continue;
    }
    if ((flags & 1) != 0) {
      throw Error("the archive's " + std::string(member) + " is encrypted", name);
    }
    if (method != 0 && method != 8) {
      throw Error("the archive's " + std::string(member) + " is compressed with method " +
                      std::to_string(method) + ", not stored or deflated",
                  name);
    }
    if (size > max_bytes) {
      throw Error(std::string(member) + " is larger than " + std::to_string(max_bytes) +
                      " bytes once inflated (see --max-input-size)",
                  name);
    }
    if (static_cast<std::uint64_t>(local_offset) + local_size > archive.size() ||
        u32(archive, local_offset) != local_signature) {
      unreadable("a member's local header is missing", name);
    }
    const std::size_t data_offset = static_cast<std::size_t>(local_offset) + local_size +
                                    u16(archive, local_offset + 26) +
                                    u16(archive, local_offset + 28);
    if (data_offset + packed_size > archive.size()) {
      unreadable("a member runs past the end of the archive", name);
    }
    const std::string_view data = archive.substr(data_offset, packed_size);
    // Deflate cannot pack more than 1032 bytes into one: a larger claim is a damaged size, and
    // refusing it spares allocating it.
    if (method == 8 && size > 1032 * static_cast<std::uint64_t>(packed_size) + 16) {
      unreadable("a member's recorded size is more than deflate can pack into its data", name);
    }
    std::string bytes;
    if (method == 0) {
      if (packed_size != size) {
        unreadable("a stored member's sizes differ", name);
      }
      bytes = std::string(data);
    } else {
      bytes = inflate_raw(data, size, name);
    }
    const auto checksum = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(bytes.data()),
                                static_cast<uInt>(bytes.size()));
    if (checksum != crc) {
      unreadable("a member's CRC-32 does not match", name);
    }
    return bytes;
  }
  return std::nullopt;
}

} // namespace overlap
