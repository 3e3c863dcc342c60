#include "html_text.h"

#include <doctest/doctest.h>

using overlap::html_to_text;
using overlap::markup_to_text;

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
  // An inline tag joins what is around it, as a browser shows it.
  CHECK(html_to_text("H<sub>2</sub>O and DLMS<em>&#174;</em>/COSEM") == "H2O and DLMS\u00AE/COSEM");
}

TEST_CASE("overlap::markup_to_text keeps the lines of a proposal") {
  CHECK(markup_to_text("Title\n\nScope:  plain   text") == "Title\n\nScope:  plain   text");
  // Tags that break a line give a line break, so the first line is still the title.
  CHECK(markup_to_text("<p>Smart grids - Interfaces</p><p>Scope: meters<br/>and tariffs</p>") ==
        "\nSmart grids - Interfaces\n\nScope: meters\nand tariffs\n");
  CHECK(markup_to_text("Title\n\n<ul><li>one</li><li>two</li></ul>") ==
        "Title\n\n\n\none\n\ntwo\n\n");
  CHECK(markup_to_text("H<sub>2</sub>O &amp; m<sup>3</sup>") == "H2O & m3");
  // Not markup: a lone '<', a '&' that names nothing.
  CHECK(markup_to_text("x < y and R&D & more") == "x < y and R&D & more");
  CHECK(markup_to_text("").empty());
}
