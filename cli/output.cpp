#include "output.h"

#include "error.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace overlap::cli {

namespace {

bool reader_gone = false; // standard output is a pipe whose reader has closed it

} // namespace

void ignore_sigpipe() {
  std::signal(SIGPIPE, SIG_IGN);
}

void write_stdout(std::string_view text) {
  if (reader_gone) {
    return;
  }
  errno = 0;
  const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
  if (written && std::fflush(stdout) == 0) {
    return;
  }
  if (errno == EPIPE) {
    reader_gone = true;
    return;
  }
  throw Error(std::string("cannot write the output: ") +
              (errno != 0 ? std::strerror(errno) : "write error"));
}

std::string one_line(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  for (char ch : message) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
      out += buffer;
    } else {
      out += ch;
    }
  }
  return out;
}

} // namespace overlap::cli
