#include "proposal.h"

namespace overlap {

namespace {

std::string first_line(const std::string& text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    std::size_t b = start;
    std::size_t e = end;
    while (b < e && (text[b] == '#' || text[b] == ' ' || text[b] == '\t')) {
      ++b;
    }
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) {
      --e;
    }
    if (b < e) {
      return text.substr(b, e - b);
    }
    start = end + 1;
  }
  return {};
}

} // namespace

Proposal proposal_from_file(std::string input, std::string text, std::optional<std::string> from) {
  Proposal p;
  p.input = std::move(input);
  p.title = first_line(text);
  p.from = std::move(from);
  p.text = std::move(text);
  return p;
}

} // namespace overlap
