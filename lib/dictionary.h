#pragma once

#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace overlap {

// The words of English, as spelling dictionaries know them (Hunspell's, with their affix rules:
// "mentoring", "clarifying", "retesting"). Typo correction asks it first: a proposal's word that
// the corpus lacks is far more often a real word than a misspelt one ("better" is not "butter"),
// and only a word no dictionary knows is worth correcting. Movable, not copyable.
class Dictionary {
public:
  // The dictionaries `<name>.aff` and `<name>.dic` of `dir`, for each of `names`, asked in that
  // order; throws Error naming the file when one is missing. Each is read when knows() first needs
  // it: reading takes tens of milliseconds, which a proposal then pays only when it has a word to
  // correct, and the next dictionary only for a word the ones before do not know.
  Dictionary(const std::filesystem::path& dir, std::initializer_list<std::string_view> names);
  ~Dictionary();
  Dictionary(Dictionary&&) noexcept;
  Dictionary& operator=(Dictionary&&) noexcept;

  // Reads all the dictionaries now, those knows() has not read yet (for timing it apart).
  void load() const;

  // Whether one of the dictionaries knows `word` (ASCII letters, as written or with a capital
  // first letter, as proper nouns are listed: "chinese"). Thread-safe.
  bool knows(std::string_view word) const;

  // American and British English from the system (OVERLAP_DICTIONARY_DIR: Debian's hunspell-en-us
  // and hunspell-en-gb). nullptr when they are not installed: then every word the corpus lacks may
  // be corrected, as before there were dictionaries.
  static const Dictionary* system();

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

} // namespace overlap
