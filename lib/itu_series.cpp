#include "itu_series.h"

#include "text_util.h"

#include <array>

namespace overlap {

namespace {

// Whether `text` before `at` ends with one of the words that number a document's own parts.
bool after_part_word(std::string_view text, std::size_t at) {
  static constexpr std::array<std::string_view, 8> words{
      "Annex ", "annex ", "Table ", "table ", "Figure ", "figure ", "Clause ", "clause "};
  const std::string_view before = text.substr(0, at);
  for (std::string_view w : words) {
    if (before.ends_with(w)) {
      return true;
    }
  }
  return false;
}

void add(std::vector<SeriesTerm>& out, char letter, std::string block) {
  const char lower = static_cast<char>(letter - 'A' + 'a');
  out.push_back(SeriesTerm{std::string(1, lower) + block + "-series",
                           std::string(1, letter) + block + "-series"});
}

} // namespace

std::vector<SeriesTerm> itu_series_terms(std::string_view text) {
  std::vector<SeriesTerm> out;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char letter = text[i];
    if (letter < 'D' || letter > 'Z' || (i > 0 && ascii_alnum(text[i - 1]))) {
      continue;
    }
    if (text[i + 1] == '.' && ascii_digit(text[i + 2])) { // a citation
      std::size_t end = i + 2;
      unsigned long number = 0;
      while (end < text.size() && ascii_digit(text[end]) && end - i - 2 < 5) {
        number = number * 10 + static_cast<unsigned long>(text[end] - '0');
        ++end;
      }
      if (end - i - 2 < 2 || (end < text.size() && ascii_digit(text[end])) ||
          after_part_word(text, i)) {
        continue;
      }
      add(out, letter, "");
      if (number >= 100) {
        add(out, letter, "." + std::to_string(number / 100 * 100));
      }
      if (number >= 1000 && number % 1000 >= 100) { // else the same block as the hundreds
        add(out, letter, "." + std::to_string(number / 1000 * 1000));
      }
      continue;
    }
    const std::string_view rest = text.substr(i + 1);
    if ((rest.starts_with("-") || rest.starts_with(" ")) &&
        (rest.substr(1).starts_with("series") || rest.substr(1).starts_with("Series"))) {
      add(out, letter, "");
    }
  }
  return out;
}

} // namespace overlap
