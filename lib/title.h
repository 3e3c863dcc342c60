#pragma once

#include <cstddef>
#include <string_view>

namespace overlap {

// A proposal's title: its first line with text, without Markdown heading marks ('#') or the
// spaces and tabs around it (a carriage return of a CRLF line counts as a space); "" when the
// text has none.
std::string_view first_line(std::string_view text);

// The introductory element of `title`: what comes before its first dash set off by spaces ("-",
// en dash or em dash), else the whole title. ISO and IEC titles name the general field first
// ("Ships and marine technology - Pneumatic quick-closing control devices"), and that field is
// usually the title of the committee that works on it. A title longer than `longest_title` bytes,
// or one that ends with a full stop, is taken for a sentence of a text without a title: "" then.
std::string_view introductory_element(std::string_view title);

inline constexpr std::size_t longest_title = 300;

} // namespace overlap
