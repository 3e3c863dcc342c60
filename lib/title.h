#pragma once

#include <cstddef>
#include <string_view>

namespace overlap {

// A proposal's title: its first line with text, without Markdown heading marks ('#') or the
// spaces and tabs around it (a carriage return of a CRLF line counts as a space); "" when the
// text has none. The labels of proposal forms are not the title: a line that is only a label
// ("NEW WORK ITEM PROPOSAL", "Proposal for a new field of technical activity") is passed over, and
// a label before a colon is left out ("NWIP: Bidirectional power transfer" gives "Bidirectional
// power transfer"). A text of labels only has its first line for title.
std::string_view proposal_title(std::string_view text);

// The introductory element of `title`: what comes before its first dash set off by spaces ("-",
// en dash or em dash), else the whole title. ISO and IEC titles name the general field first
// ("Ships and marine technology - Pneumatic quick-closing control devices"), and that field is
// usually the title of the committee that works on it. A title longer than `longest_title` bytes,
// or one that ends with a full stop, is taken for a sentence of a text without a title: "" then.
std::string_view introductory_element(std::string_view title);

inline constexpr std::size_t longest_title = 300;

} // namespace overlap
