#pragma once

#include "analyzer.h"

#include <string_view>

namespace overlap {

// Whether `text` reads as French or English: French when its French function words (le, la, des,
// est, pour, dans...) outnumber its English ones (the, of, and, is...) and there are at least
// three, or at least one with two letters of French accents (é, è, à, ç...), as a title has.
Language detect_language(std::string_view text);

} // namespace overlap
