#pragma once

#include <string>
#include <string_view>

namespace overlap {

// Writes `content` to `path` so that readers see the old file or the new one, never a part: the
// bytes go to `path`.tmp.<pid> in the same directory, which is flushed and renamed over `path`.
// Throws overlap::Error naming `path` when that fails, leaving no temporary file behind.
void write_file_atomically(const std::string& path, std::string_view content);

} // namespace overlap
