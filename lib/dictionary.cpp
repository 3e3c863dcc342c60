#include "dictionary.h"

#include "atomic_write.h"
#include "corpus_cache.h"
#include "error.h"
#include "mapped_file.h"
#include "stable_hash.h"
#include "text_util.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#ifndef OVERLAP_DICTIONARY_DIR
#define OVERLAP_DICTIONARY_DIR "/usr/share/hunspell"
#endif
#ifndef OVERLAP_WORD_LIST_DIR
#define OVERLAP_WORD_LIST_DIR "/usr/share/dict"
#endif

namespace overlap {

namespace fs = std::filesystem;

namespace {

// Bump when the analyzer or this format changes: old files then miss.
constexpr std::string_view header = "overlap-check english keys v1\n";

bool ascii_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

std::vector<fs::path> system_files() {
  return {fs::path(OVERLAP_DICTIONARY_DIR) / "en_US.dic",
          fs::path(OVERLAP_DICTIONARY_DIR) / "en_GB.dic",
          fs::path(OVERLAP_WORD_LIST_DIR) / "american-english",
          fs::path(OVERLAP_WORD_LIST_DIR) / "british-english"};
}

// The files that exist, and a fingerprint of their names, sizes and times: reading 4 MB to hash
// them would cost each run more than the dictionary saves.
std::string fingerprint(const std::vector<fs::path>& files) {
  std::uint64_t hash = stable_hash(header);
  for (const fs::path& file : files) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    const auto time = fs::last_write_time(file, ec).time_since_epoch().count();
    hash =
        stable_hash(file.string() + ':' + std::to_string(size) + ':' + std::to_string(time), hash);
  }
  std::ostringstream hex;
  hex << std::hex << hash;
  return hex.str();
}

} // namespace

std::string Dictionary::compile(const std::vector<fs::path>& files, const Analyzer& analyzer) {
  std::vector<std::string> keys;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    const bool hunspell = file.extension() == ".dic";
    if (hunspell) {
      std::getline(in, line); // the count of words
    }
    while (std::getline(in, line)) {
      const std::string_view word =
          std::string_view(line).substr(0, hunspell ? line.find_first_of("/\t ") : line.size());
      if (ascii_word(word)) {
        std::string key = analyzer.word_key(ascii_lower(std::string(word)));
        if (!key.empty()) {
          keys.push_back(std::move(key));
        }
      }
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out(header);
  for (const std::string& key : keys) {
    out += key;
    out += '\n';
  }
  return out;
}

Dictionary::Dictionary(std::string_view compiled, std::shared_ptr<const void> backing)
    : m_backing(std::move(backing)) {
  if (compiled.substr(0, header.size()) != header ||
      (compiled.size() > header.size() && compiled.back() != '\n')) {
    throw Error("not a dictionary of overlap-check, or of another version");
  }
  m_lines = compiled.substr(header.size());
  m_size = static_cast<std::size_t>(std::count(m_lines.begin(), m_lines.end(), '\n'));
}

bool Dictionary::knows(std::string_view key) const {
  // Binary search over the sorted lines: from a byte, the line that holds it.
  std::size_t low = 0;
  std::size_t high = m_lines.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    std::size_t begin = m_lines.rfind('\n', middle);
    begin = begin == std::string_view::npos || begin < low ? low : begin + 1;
    if (begin >= high) {
      high = middle; // no line starts in [low, middle]: look before
      continue;
    }
    const std::size_t end = m_lines.find('\n', begin);
    const std::string_view line = m_lines.substr(begin, end - begin);
    if (line == key) {
      return true;
    }
    if (line < key) {
      low = end + 1;
    } else {
      high = begin;
    }
  }
  return false;
}

const Dictionary* Dictionary::system() {
  // Never destroyed: it is made once a process, and the process ends soon after.
  static const Dictionary* const made = []() -> const Dictionary* {
    std::vector<fs::path> files;
    for (const fs::path& file : system_files()) {
      std::error_code ec;
      if (fs::is_regular_file(file, ec)) {
        files.push_back(file);
      }
    }
    if (files.empty()) {
      return nullptr;
    }
    const std::optional<fs::path> dir = default_cache_dir();
    const fs::path cached = dir ? *dir / ("english-" + fingerprint(files) + ".txt") : fs::path();
    if (dir) {
      if (auto mapped = MappedFile::open(cached)) {
        try {
          auto backing = std::make_shared<MappedFile>(std::move(*mapped));
          const std::string_view bytes = backing->bytes();
          return new Dictionary(bytes, std::move(backing));
        } catch (const Error&) {
          // made by another version, or damaged: made again below
        }
      }
    }
    auto compiled = std::make_shared<std::string>(compile(files, Analyzer()));
    if (dir) {
      try {
        std::error_code ec;
        fs::create_directories(*dir, ec);
        write_file_atomically(cached.string(), *compiled);
      } catch (const Error&) {
        // a cache that cannot be written is skipped, as the corpus' is
      }
    }
    const std::string_view bytes = *compiled;
    return new Dictionary(bytes, std::move(compiled));
  }();
  return made;
}

} // namespace overlap
