#pragma once

#include <string_view>

namespace overlap {

// Whether the normalized English `word` carries no topic: function words, and the stock verbs of
// proposal forms ("this document specifies", "gives", "describes"). Words such as "requirements"
// stay: they are weighted down by their frequency in the corpus instead.
bool is_english_stopword(std::string_view word);

// Whether the normalized (accent-free) French `word` is a function word.
bool is_french_stopword(std::string_view word);

} // namespace overlap
