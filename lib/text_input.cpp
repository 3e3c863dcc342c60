#include "text_input.h"

#include "error.h"
#include "utf8.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace overlap {

namespace {

std::string read_stream(std::istream& in, const std::string& name, std::size_t max_bytes) {
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      throw Error("input is larger than the limit of " + std::to_string(max_bytes) +
                      " bytes (see --max-input-size)",
                  name);
    }
  }
  if (in.bad()) {
    throw Error(std::string("read failed: ") + std::strerror(errno), name);
  }
  return bytes;
}

bool starts_with(const std::string& s, const char* prefix, std::size_t n) {
  return s.size() >= n && std::memcmp(s.data(), prefix, n) == 0;
}

std::string utf16_to_utf8(const std::string& bytes, bool big_endian, const std::string& name) {
  std::u16string units;
  units.reserve(bytes.size() / 2);
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    auto hi = static_cast<unsigned char>(bytes[big_endian ? i : i + 1]);
    auto lo = static_cast<unsigned char>(bytes[big_endian ? i + 1 : i]);
    units.push_back(static_cast<char16_t>((hi << 8) | lo));
  }
  if (bytes.size() % 2 != 0) {
    throw Error("UTF-16 input has an odd number of bytes", name);
  }
  return utf16_to_utf8_checked(units, name);
}

std::string normalize_newlines(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
      }
    } else {
      out += text[i];
    }
  }
  return out;
}

bool is_blank(const std::string& text) {
  for (unsigned char c : text) {
    if (c > ' ') {
      return false;
    }
  }
  return true;
}

} // namespace

std::string decode_input(std::string bytes, const std::string& name, const InputOptions& options) {
  std::string text;
  if (starts_with(bytes, "\xFF\xFE", 2)) {
    text = utf16_to_utf8(bytes, false, name);
  } else if (starts_with(bytes, "\xFE\xFF", 2)) {
    text = utf16_to_utf8(bytes, true, name);
  } else {
    if (starts_with(bytes, "\xEF\xBB\xBF", 3)) {
      bytes.erase(0, 3);
    }
    if (auto nul = bytes.find('\0'); nul != std::string::npos) {
      throw Error("binary input (NUL byte at offset " + std::to_string(nul) + ")", name);
    }
    if (auto bad = first_invalid_utf8(bytes); bad != std::string::npos) {
      if (!options.lossy) {
        throw Error("invalid UTF-8 at byte offset " + std::to_string(bad) +
                        " (use --lossy to replace invalid bytes)",
                    name);
      }
      bytes = replace_invalid_utf8(bytes);
    }
    text = std::move(bytes);
  }
  text = normalize_newlines(std::move(text));
  if (is_blank(text)) {
    throw Error("nothing to score: the input is empty", name);
  }
  return text;
}

std::string read_input(const std::string& path, const InputOptions& options) {
  if (path == "-") {
    return decode_input(read_stream(std::cin, "<stdin>", options.max_bytes), "<stdin>", options);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("is a directory, not a file", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(std::string("cannot open: ") + std::strerror(errno), path);
  }
  return decode_input(read_stream(in, path, options.max_bytes), path, options);
}

} // namespace overlap
