#pragma once

#include "analyzer.h"

#include <string_view>

namespace overlap {

// Whether `text` reads as French or English: French when its French function words (le, la, des,
// est, pour, dans...) outnumber its English ones (the, of, and, is...) and there are at least
// three.
Language detect_language(std::string_view text);

} // namespace overlap
