#include "title.h"

#include <algorithm>
#include <array>

namespace overlap {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

// `line` without Markdown heading marks before it and spaces around it.
std::string_view trimmed(std::string_view line) {
  std::size_t b = 0;
  std::size_t e = line.size();
  while (b < e && (line[b] == '#' || is_blank(line[b]))) {
    ++b;
  }
  while (e > b && is_blank(line[e - 1])) {
    --e;
  }
  return line.substr(b, e - b);
}

// Whether `text` is the label of a proposal form, in any case, with an abbreviation in brackets
// after it or not ("New work item proposal (NWIP)").
bool is_form_label(std::string_view text) {
  static constexpr std::array<std::string_view, 13> labels{
      "new work item proposal",
      "new work item",
      "nwip",
      "np",
      "new proposal",
      "proposal",
      "proposal for a new field of technical activity",
      "new field of technical activity",
      "focus group proposal",
      "proposal for a new focus group",
      "draft new recommendation",
      "new question",
      "proposal for a new question"};
  if (const std::size_t bracket = text.find(" (");
      bracket != std::string_view::npos && text.ends_with(")")) {
    text = text.substr(0, bracket);
  }
  while (!text.empty() && (text.back() == ':' || is_blank(text.back()))) {
    text.remove_suffix(1);
  }
  for (std::string_view label : labels) {
    if (text.size() == label.size() &&
        std::equal(text.begin(), text.end(), label.begin(), [](char a, char b) {
          return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
        })) {
      return true;
    }
  }
  return false;
}

} // namespace

std::string_view proposal_title(std::string_view text) {
  std::string_view first;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    const std::string_view line = trimmed(text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) {
      continue;
    }
    if (first.empty()) {
      first = line;
    }
    if (is_form_label(line)) {
      continue;
    }
    if (const std::size_t colon = line.find(": ");
        colon != std::string_view::npos && is_form_label(line.substr(0, colon))) {
      if (const std::string_view rest = trimmed(line.substr(colon + 1)); !rest.empty()) {
        return rest;
      }
      continue;
    }
    return line;
  }
  return first;
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
