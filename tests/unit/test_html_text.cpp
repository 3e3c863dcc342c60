#include "html_text.h"

#include <doctest/doctest.h>

using overlap::html_to_text;

TEST_CASE("overlap::html_to_text") {
  CHECK(html_to_text("plain   text\n with  spaces ") == "plain text with spaces");
  CHECK(html_to_text("<p>Standardization of <em>graphics</em>.</p><p>Excluded: audio</p>") ==
        "Standardization of graphics. Excluded: audio");
  CHECK(html_to_text("<ul><li>computer graphics,</li><li>image processing</li></ul>") ==
        "computer graphics, image processing");
  CHECK(html_to_text("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x2013; f&nbsp;g") ==
        "a & b <c> \"d\" 'e' \u2013 f g");
  CHECK(html_to_text("x < y and &unknown; stay") == "x < y and &unknown; stay");
  CHECK(html_to_text("<a href='https://example.org'>link</a>, then text") == "link, then text");
  CHECK(html_to_text("").empty());
}
