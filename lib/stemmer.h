#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace overlap {

// Snowball stemming (libstemmer) for one language. Not thread-safe: one instance per thread.
class Stemmer {
public:
  // `language` is a Snowball algorithm name such as "english" or "french".
  explicit Stemmer(const char* language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  // The stem of the lower-case UTF-8 `word`.
  std::string stem(std::string_view word) const;

private:
  sb_stemmer* m_stemmer;
};

} // namespace overlap
