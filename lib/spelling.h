#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace overlap {

// The American spelling of the normalized English `word` when a rule knows it (organisation ->
// organization, labelling -> labeling, sulphur -> sulfur); otherwise `word` unchanged. Applied
// before stemming so that both spellings share one stem.
std::string american_spelling(std::string_view word);

// British and American spellings of whole words that no rule covers (centre, center): the analyzer
// maps the stem of the first to the stem of the second.
std::span<const std::pair<std::string_view, std::string_view>> british_american_words();

} // namespace overlap
