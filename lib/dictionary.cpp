#include "dictionary.h"

#include "error.h"

#include <cctype>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#ifndef OVERLAP_DICTIONARY_DIR
#define OVERLAP_DICTIONARY_DIR "/usr/share/hunspell"
#endif

namespace overlap {

namespace {

struct Speller {
  std::string aff;
  std::string dic;
  std::unique_ptr<Hunspell> hunspell; // read on first use
};

Hunspell& opened(Speller& speller) {
  if (!speller.hunspell) {
    speller.hunspell = std::make_unique<Hunspell>(speller.aff.c_str(), speller.dic.c_str());
  }
  return *speller.hunspell;
}

} // namespace

struct Dictionary::Impl {
  std::vector<Speller> spellers;
  std::mutex mutex; // Hunspell keeps state between calls, and dictionaries are read on first use
};

Dictionary::Dictionary(const std::filesystem::path& dir,
                       std::initializer_list<std::string_view> names)
    : m_impl(std::make_unique<Impl>()) {
  for (std::string_view name : names) {
    const std::filesystem::path aff = dir / (std::string(name) + ".aff");
    const std::filesystem::path dic = dir / (std::string(name) + ".dic");
    for (const auto& file : {aff, dic}) {
      std::error_code ec;
      if (!std::filesystem::is_regular_file(file, ec)) {
        throw Error("cannot open the spelling dictionary", file.string());
      }
    }
    m_impl->spellers.push_back(Speller{aff.string(), dic.string(), nullptr});
  }
}

Dictionary::~Dictionary() = default;
Dictionary::Dictionary(Dictionary&&) noexcept = default;
Dictionary& Dictionary::operator=(Dictionary&&) noexcept = default;

void Dictionary::load() const {
  const std::lock_guard lock(m_impl->mutex);
  for (Speller& speller : m_impl->spellers) {
    opened(speller);
  }
}

bool Dictionary::knows(std::string_view word) const {
  if (word.empty()) {
    return false;
  }
  const std::string lower(word);
  std::string capital = lower;
  capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
  const std::lock_guard lock(m_impl->mutex);
  // In order, each read only when the ones before do not know the word: most words a corpus
  // lacks are common ones, which the first (American, the smaller) knows.
  for (Speller& speller : m_impl->spellers) {
    Hunspell& hunspell = opened(speller);
    if (hunspell.spell(lower) || hunspell.spell(capital)) {
      return true;
    }
  }
  return false;
}

const Dictionary* Dictionary::system() {
  // Never destroyed: freeing the dictionaries' hundreds of thousands of words would add to every
  // run's exit what reading them cost; the process ends soon after.
  static const Dictionary* const loaded = []() -> const Dictionary* {
    try {
      return new Dictionary(OVERLAP_DICTIONARY_DIR, {"en_US", "en_GB"});
    } catch (const Error&) {
      return nullptr;
    }
  }();
  return loaded;
}

} // namespace overlap
