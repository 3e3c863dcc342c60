#include "stemmer.h"

#include <libstemmer.h>

#include <stdexcept>
#include <utility>

namespace overlap {

Stemmer::Stemmer(const char* language) : m_stemmer(sb_stemmer_new(language, "UTF_8")) {
  if (m_stemmer == nullptr) {
    throw std::runtime_error(std::string("no Snowball stemmer for ") + language);
  }
}

Stemmer::~Stemmer() {
  if (m_stemmer != nullptr) {
    sb_stemmer_delete(m_stemmer);
  }
}

Stemmer::Stemmer(Stemmer&& other) noexcept : m_stemmer(std::exchange(other.m_stemmer, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  std::swap(m_stemmer, other.m_stemmer);
  return *this;
}

std::string Stemmer::stem(std::string_view word) const {
  const sb_symbol* out = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) {
    throw std::bad_alloc();
  }
  return {reinterpret_cast<const char*>(out),
          static_cast<std::size_t>(sb_stemmer_length(m_stemmer))};
}

} // namespace overlap
