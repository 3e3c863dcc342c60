#pragma once

#include "analyzer.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// The words of English, as their analyzer keys (stems): typo correction asks it first, as a
// proposal's word that the corpus lacks is far more often a real word than a misspelt one ("better"
// is not "butter"), and only a word no dictionary knows is worth correcting. Made from the
// system's spelling dictionaries and word lists (Hunspell's en_US and en_GB root words, Debian's
// american-english and british-english lists); stemming joins the inflections they list apart or
// leave to affix rules ("mentoring", "clarifying"). Stored in the cache directory as sorted lines,
// so that a run maps it rather than stemming 300,000 words.
class Dictionary {
public:
  // The sorted keys of the ASCII words of `files`, one a line, after a header line: for a Hunspell
  // .dic file (its first line a count) the word before '/', for a word list each line's word;
  // lines with other characters (apostrophes, accents) are left out. A missing file is skipped.
  static std::string compile(const std::vector<std::filesystem::path>& files,
                             const Analyzer& analyzer);

  // Views `compiled` (what compile() made), kept alive by `backing`; throws Error when it does not
  // start with compile()'s header.
  Dictionary(std::string_view compiled, std::shared_ptr<const void> backing);

  // Whether an English word has `key` (Analyzer::word_key). Thread-safe.
  bool knows(std::string_view key) const;
  std::size_t size() const { return m_size; }

  // The system's dictionaries (OVERLAP_DICTIONARY_DIR, OVERLAP_WORD_LIST_DIR), made on first use
  // and cached in default_cache_dir() under a fingerprint of their files' names, sizes and times;
  // made in memory when the cache cannot be written. nullptr when none of the files is installed:
  // then every word the corpus lacks may be corrected, as before there were dictionaries.
  static const Dictionary* system();

private:
  std::string_view m_lines; // the keys, each ending with '\n'
  std::size_t m_size = 0;
  std::shared_ptr<const void> m_backing;
};

} // namespace overlap
