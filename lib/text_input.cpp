#include "text_input.h"

#include "docx_text.h"
#include "error.h"
#include "file_bytes.h"
#include "utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace overlap {

namespace {

bool starts_with(const std::string& s, const char* prefix, std::size_t n) {
  return s.size() >= n && std::memcmp(s.data(), prefix, n) == 0;
}

std::string utf16_to_utf8(const std::string& bytes, bool big_endian, const std::string& name,
                          bool lossy) {
  if (bytes.size() % 2 != 0) {
    throw Error("UTF-16 input has an odd number of bytes", name);
  }
  std::u16string units;
  units.reserve(bytes.size() / 2);
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    auto hi = static_cast<unsigned char>(bytes[big_endian ? i : i + 1]);
    auto lo = static_cast<unsigned char>(bytes[big_endian ? i + 1 : i]);
    units.push_back(static_cast<char16_t>((hi << 8) | lo));
  }
  return utf16_to_utf8_checked(units, name, lossy);
}

// The message for a NUL byte at `offset`: text in UTF-16 without a byte order mark looks like this.
std::string binary_message(const std::string& bytes, std::size_t offset) {
  std::string message = "binary input (NUL byte at offset " + std::to_string(offset) + ")";
  // Mostly Latin text in UTF-16: a NUL every other byte, always at odd or always at even offsets.
  const std::size_t scanned = std::min<std::size_t>(bytes.size(), 4096);
  std::size_t odd = 0;
  std::size_t even = 0;
  for (std::size_t i = 0; i < scanned; ++i) {
    if (bytes[i] == '\0') {
      ++(i % 2 == 0 ? even : odd);
    }
  }
  if ((odd == 0 || even == 0) && 4 * (odd + even) >= scanned) {
    message += "; if this is UTF-16 text, it needs a byte order mark";
  }
  return message;
}

std::string normalize_newlines(std::string text) {
  if (text.find('\r') == std::string::npos) {
    return text; // most text: nothing to copy
  }
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
  if (starts_with(bytes, "%PDF-", 5)) {
    throw Error("a PDF document, not text: extract its text first (pdftotext FILE OUT.txt, from "
                "Debian's poppler-utils)",
                name);
  }
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    throw Error("a Word 97-2003 document (.doc) or another OLE file: save it as .docx or as text",
                name);
  }
  if (is_zip(bytes)) {
    if (!options.word_documents) {
      throw Error("a ZIP archive (a Word document?), where text is expected", name);
    }
    // The limit is on the file, and the XML inside inflates to several times its size.
    const std::size_t max_xml = options.max_bytes > SIZE_MAX / 4 ? SIZE_MAX : 4 * options.max_bytes;
    bytes = docx_to_text(bytes, name, max_xml);
  }
  std::string text;
  if (starts_with(bytes, "\xFF\xFE\0\0", 4) || starts_with(bytes, "\0\0\xFE\xFF", 4)) {
    throw Error("UTF-32 input is not supported: convert it to UTF-8", name);
  }
  if (starts_with(bytes, "\xFF\xFE", 2) || starts_with(bytes, "\xFE\xFF", 2)) {
    text = utf16_to_utf8(bytes, bytes[0] == '\xFE', name, options.lossy);
    if (auto nul = text.find('\0'); nul != std::string::npos) {
      throw Error("binary input (U+0000 in UTF-16 text)", name);
    }
  } else {
    // Offsets in messages count from the start of the file, byte order mark included.
    std::size_t bom = starts_with(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    if (auto nul = bytes.find('\0'); nul != std::string::npos) {
      throw Error(binary_message(bytes, nul), name);
    }
    bytes.erase(0, bom);
    if (auto bad = first_invalid_utf8(bytes); bad != std::string::npos) {
      if (!options.lossy) {
        throw Error("invalid UTF-8 at byte offset " + std::to_string(bad + bom) +
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
  const std::string name = path == "-" ? "<stdin>" : path;
  return decode_input(read_bytes(path, options.max_bytes, "see --max-input-size"), name, options);
}

} // namespace overlap
