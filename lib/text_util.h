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

// `text` fit for one cell of a Markdown table: pipes escaped, line breaks as spaces.
std::string markdown_cell(std::string_view text);

// The first year in `text`: four digits, from 1800 on, not part of a longer number; or 0.
int year_in(std::string_view text);

} // namespace overlap
