#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// `items` with `separator` between them.
std::string join(const std::vector<std::string>& items, std::string_view separator);

// `value` with `decimals` decimals ("%.*f").
std::string fixed(double value, int decimals);

// ASCII classes of one byte, whatever the locale (bytes of UTF-8 sequences are in none of them).
inline bool ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool ascii_alnum(char c) {
  return ascii_letter(c) || ascii_digit(c);
}

// `text` with ASCII letters in lower case, or upper case; other bytes as they are.
std::string ascii_lower(std::string text);
std::string ascii_upper(std::string text);

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
