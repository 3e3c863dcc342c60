#pragma once

#include <cstddef>
#include <string>

namespace overlap {

// How raw input bytes become text.
struct InputOptions {
  std::size_t max_bytes = 16 * 1024 * 1024; // inputs larger than this are refused
  bool lossy = false;                       // replace invalid UTF-8 instead of refusing it
  // Read a Word document (.docx) as its text (see docx_text.h): for proposals, not for circulars
  // or data files, which are refused as what they are.
  bool word_documents = false;
};

// Reads `path` ("-" for standard input) and returns it as UTF-8 text: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is decoded, CRLF becomes LF, and with
// `options.word_documents` a Word document becomes its text. Throws overlap::Error naming the file
// when it cannot be read, is a directory, is too large, holds NUL bytes, is not valid UTF-8
// (unless `options.lossy`), or holds nothing but white space; a PDF, a Word 97-2003 document or
// (without `options.word_documents`) a ZIP archive is named as such.
std::string read_input(const std::string& path, const InputOptions& options = {});

// The decoding part of read_input, for bytes already in memory; `name` is used in error messages.
std::string decode_input(std::string bytes, const std::string& name,
                         const InputOptions& options = {});

} // namespace overlap
