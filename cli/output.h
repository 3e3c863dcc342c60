#pragma once

#include <string>
#include <string_view>

namespace overlap::cli {

// Ignores SIGPIPE, so that writing to a pipe whose reader has gone (`overlap-check ... | head`)
// fails with EPIPE, which write_stdout treats as a quiet end, instead of killing the process.
void ignore_sigpipe();

// Writes `text` to standard output and flushes it. When the reader of standard output has gone
// away (EPIPE), drops `text` and every later write quietly. Throws overlap::Error for any other
// failure (a full disk, a closed standard output), so that no output is lost silently.
void write_stdout(std::string_view text);

// `message` on one line: line breaks and other control characters (from file names, for example)
// are escaped, so that an error is always one line of standard error.
std::string one_line(std::string_view message);

} // namespace overlap::cli
