#pragma once

#include <string>
#include <string_view>

namespace overlap {

// Folds `utf8` for matching: Unicode NFKC with case folding, diacritics removed (é -> e, İ -> i),
// typographic apostrophes and dashes mapped to their ASCII forms. The result is UTF-8.
std::string normalize(std::string_view utf8);

} // namespace overlap
