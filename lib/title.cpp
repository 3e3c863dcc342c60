#include "title.h"

#include <array>

namespace overlap {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

std::string_view first_line(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::size_t b = start;
    std::size_t e = end;
    while (b < e && (text[b] == '#' || is_blank(text[b]))) {
      ++b;
    }
    while (e > b && is_blank(text[e - 1])) {
      --e;
    }
    if (b < e) {
      return text.substr(b, e - b);
    }
    start = end + 1;
  }
  return {};
}

std::string_view introductory_element(std::string_view title) {
  if (title.size() > longest_title || (!title.empty() && title.back() == '.')) {
    return {};
  }
  // Hyphen-minus, en dash and em dash (UTF-8), each only between spaces: "IEC 60477-1" and
  // "cyber-security" keep theirs.
  static constexpr std::array<std::string_view, 3> dashes{" - ", " \xE2\x80\x93 ",
                                                          " \xE2\x80\x94 "};
  std::size_t cut = title.size();
  for (std::string_view dash : dashes) {
    cut = std::min(cut, title.find(dash));
  }
  std::string_view element = title.substr(0, cut);
  while (!element.empty() && is_blank(element.back())) {
    element.remove_suffix(1);
  }
  return element;
}

} // namespace overlap
