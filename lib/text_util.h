#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// `items` with `separator` between them.
std::string join(const std::vector<std::string>& items, std::string_view separator);

// `value` with `decimals` decimals ("%.*f").
std::string fixed(double value, int decimals);

// `text` with ASCII letters in lower case; other bytes as they are.
std::string ascii_lower(std::string text);

// `text` with each run of spaces as one space, none at either end. `space_at(text, i)` gives the
// number of bytes of the space that starts at byte i, or 0 where none does (so that each caller
// says what counts as a space: a no-break space, control characters).
std::string collapse_spaces(std::string_view text,
                            std::size_t (*space_at)(std::string_view text, std::size_t i));

// `text` fit for one cell of a Markdown table: pipes escaped, line breaks as spaces.
std::string markdown_cell(std::string_view text);

// The first year in `text`: four digits, from 1800 on, not part of a longer number; or 0.
int year_in(std::string_view text);

} // namespace overlap
