#pragma once

#include <cstddef>
#include <string>

namespace overlap {

// The bytes of the file `path`, or of standard input when `path` is "-" ("<stdin>" in messages).
// Reads in chunks and stops as soon as more than `max_bytes` have arrived, so that an oversized
// input (a huge file, a pipe that never ends) costs at most the limit in memory; a regular file
// larger than the limit is refused before it is read. Throws overlap::Error naming the file when it
// cannot be opened or read, is a directory, or is larger than `max_bytes`; `limit_hint`, when not
// empty, is added to that message in parentheses (e.g. the option that sets the limit).
std::string read_bytes(const std::string& path, std::size_t max_bytes,
                       const std::string& limit_hint = {});

} // namespace overlap
