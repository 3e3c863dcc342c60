#include "text_util.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace overlap {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += separator;
    }
    out += items[i];
  }
  return out;
}

std::string fixed(double value, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

std::string ascii_lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return text;
}

std::string ascii_upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  });
  return text;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

int year_in(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') {
      continue;
    }
    int year = 0;
    auto [end, ec] = std::from_chars(text.data() + i, text.data() + i + 4, year);
    if (ec == std::errc() && end == text.data() + i + 4 && year >= 1800 &&
        (i + 4 == text.size() || text[i + 4] < '0' || text[i + 4] > '9')) {
      return year;
    }
  }
  return 0;
}

std::string collapse_spaces(std::string_view text,
                            std::size_t (*space_at)(std::string_view text, std::size_t i)) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = space_at(text, i); n > 0) {
      space = !out.empty();
      i += n;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += text[i++];
  }
  return out;
}

} // namespace overlap
