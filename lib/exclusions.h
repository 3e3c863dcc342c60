#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// Where a proposal says what it leaves out. Scopes end with their boundaries ("Postal services are
// excluded.", "Le présent document ne s'applique pas aux équipements de protection individuelle."),
// and the topic named there is often a neighbour's: no sign that the proposal overlaps with it.

// A range of bytes of a text, [begin, end).
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// The clauses of `text` (English or French) that state an exclusion, in text order. A sentence ends
// at '.', '!' or '?' before a space or the end, at ';', at a blank line and at the end of the
// first line with text (not at other line breaks: scopes are often wrapped). That line, when it is
// one sentence, is the title: it names the subject and is never an exclusion. A passive or
// negative statement ("are excluded", "does not apply to", "is outside the scope", "ne traite
// pas", "exclus") takes its whole sentence; a preposition ("excluding", "except", "à l'exception
// de") takes its sentence from itself to the end, as what comes before it is covered. A negative
// statement about all ("is not applicable to all test methods", "ne s'applique pas à tous") is a
// caveat, not an exclusion: it applies to some. Matching is on whole words, ASCII case ignored.
std::vector<TextSpan> exclusion_spans(std::string_view text);

// `text` without its exclusion clauses, a paragraph break in place of each (so that no two-word
// term joins the words around one), or nullopt when it has none.
std::optional<std::string> without_exclusions(std::string_view text);

} // namespace overlap
