#pragma once

#include <string>
#include <string_view>

namespace overlap {

// The plain text of an HTML fragment `html` (as in ISO Open Data scopes and relaton abstracts):
// tags removed (block tags such as <p>, <br>, <li> leave a space), character references decoded
// (&amp;, &lt;, &gt;, &quot;, &apos;, &nbsp;, &#NNN;, &#xHH;), white space collapsed and trimmed.
// Text without markup comes back with only its white space tidied.
std::string html_to_text(std::string_view html);

} // namespace overlap
