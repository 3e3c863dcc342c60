#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace overlap {

// Reads one member of a ZIP archive held in memory (a Word document is one): its bytes, or nullopt
// when the archive has no member of that name. Members stored or deflated (inflated with zlib) are
// read; the CRC-32 is checked. Throws overlap::Error naming `name` when `archive` is not a
// readable ZIP archive (no end record, entries out of bounds, a bad checksum, a multi-disk or
// ZIP64 archive), the member is encrypted or compressed another way, or it is larger than
// `max_bytes` once inflated, which is checked before inflating.
//
// Why not libzip: it links OpenSSL and three compression libraries, and loading them took 2.4 ms
// of every run (a third of a run on a short proposal), for one feature that needs the central
// directory and zlib's inflate.
std::optional<std::string> read_zip_member(std::string_view archive, std::string_view member,
                                           std::size_t max_bytes, const std::string& name);

} // namespace overlap
