#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overlap {

// Acronyms that `text` defines in the usual way, "digital product passport (DPP)": the words before
// the parenthesis whose initials spell the acronym (small words such as "of" may be skipped or
// count). Returns (acronym, expansion) pairs in order of appearance, each acronym once.
std::vector<std::pair<std::string, std::string>> find_acronym_definitions(std::string_view text);

} // namespace overlap
