#pragma once

#include <cstddef>
#include <string_view>

namespace overlap {

// No stop word of either language is longer than this (checked where the lists are defined).
inline constexpr std::size_t max_stopword_length = 15;

// Whether the normalized English `word` carries no topic: function words, and the stock words of
// proposal forms ("this document specifies requirements", "new work item proposal", "Question",
// "standardization") and of scope statements ("covers", "excluded", "aims"), which say what kind of
// text it is, not what it is about.
bool is_english_stopword(std::string_view word);

// Whether the normalized (accent-free) French `word` is a function word or a stock word of
// proposal forms (proposition, domaine d'application, normalisation, exigences).
bool is_french_stopword(std::string_view word);

// Both answers at once, for language detection, which asks them of every short word: one lookup.
struct StopwordOf {
  bool english = false;
  bool french = false;
};
StopwordOf stopword_of(std::string_view word);

} // namespace overlap
