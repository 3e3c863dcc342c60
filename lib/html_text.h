#pragma once

#include <string>
#include <string_view>

namespace overlap {

// The plain text of an HTML fragment `html` (as in ISO Open Data scopes and relaton abstracts):
// tags removed (block tags such as <p>, <br>, <li> leave a space; inline ones such as <em> join
// what is around them), character references decoded
// (&amp;, &lt;, &gt;, &quot;, &apos;, &nbsp;, &#NNN;, &#xHH;), white space collapsed and trimmed.
// Text without markup comes back with only its white space tidied.
std::string html_to_text(std::string_view html);

// The text of a proposal that may hold HTML markup (pasted from a web page, or a circular's scope
// in HTML): tags removed, those that break a line (<br>, <p>, <li>, <div>, <tr>, <h1>...)
// replaced by a line break, character references decoded. Unlike html_to_text, white
// space and lines stay as they are, so the first line is still the title. A '<' not followed by a
// letter, '/' or '!' is kept ("x < y").
std::string markup_to_text(std::string_view text);

// Decodes the character reference at `text[at]` ('&') onto `out`; returns the bytes it used, or 0
// when it is not one (the '&' is then kept as written).
std::size_t decode_character_reference(std::string_view text, std::size_t at, std::string& out);

} // namespace overlap
