#include "language.h"

#include "stopwords.h"

#include <string>

namespace overlap {

Language detect_language(std::string_view text) {
  // Function words are short and plain ASCII in both languages: a byte scan finds them without
  // the cost of full tokenization. Words in both lists ("a") say nothing.
  std::size_t french = 0;
  std::size_t english = 0;
  std::string word;
  auto count = [&] {
    if (!word.empty()) {
      const bool fr = is_french_stopword(word);
      const bool en = is_english_stopword(word);
      french += fr && !en ? 1 : 0;
      english += en && !fr ? 1 : 0;
      word.clear();
    }
  };
  for (char c : text) {
    if (c >= 'a' && c <= 'z') {
      word += c;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      count();
    }
  }
  count();
  return french >= 3 && french > english ? Language::french : Language::english;
}

} // namespace overlap
