#include "html_text.h"

#include "text_util.h"
#include "utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace overlap {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Whether the tag that starts at `html[at]` ('<') breaks a line: <br>, <p>, <li>, <div>, <tr>,
// <h1>...<h6>, <ul>, <ol>, <table>, opening or closing.
bool breaks_line(std::string_view html, std::size_t at) {
  std::size_t i = at + 1;
  if (i < html.size() && html[i] == '/') {
    ++i;
  }
  std::size_t end = i;
  while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end])) != 0) {
    ++end;
  }
  const std::string name = ascii_lower(std::string(html.substr(i, end - i)));
  static constexpr auto blocks = std::to_array<std::string_view>(
      {"br", "p", "li", "div", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"});
  return std::find(blocks.begin(), blocks.end(), name) != blocks.end();
}

// `html` with its tags removed (replaced by `line_break` when they break a line; an inline tag
// such as <em> or <sub> joins what is around it, as a browser shows "H<sub>2</sub>O") and its
// character references decoded; white space as it was.
std::string replace_markup(std::string_view html, char line_break) {
  std::string raw;
  raw.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<') {
      // A tag starts with a letter, '/' or '!'; anything else is a literal '<'.
      bool tag =
          i + 1 < html.size() && (std::isalpha(static_cast<unsigned char>(html[i + 1])) != 0 ||
                                  html[i + 1] == '/' || html[i + 1] == '!');
      auto close = html.find('>', i);
      if (tag && close != std::string_view::npos) {
        if (breaks_line(html, i)) {
          raw += line_break;
        }
        i = close + 1;
        continue;
      }
    } else if (c == '&') {
      if (std::size_t used = decode_character_reference(html, i, raw)) {
        i += used;
        continue;
      }
    }
    raw += c;
    ++i;
  }
  return raw;
}

} // namespace

std::size_t decode_character_reference(std::string_view html, std::size_t at, std::string& out) {
  auto end = html.find(';', at);
  if (end == std::string_view::npos || end - at > 10) {
    return 0;
  }
  std::string_view name = html.substr(at + 1, end - at - 1);
  if (!name.empty() && name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::uint32_t cp = 0;
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) {
      return 0;
    }
    for (char c : digits) {
      std::uint32_t d = 0;
      if (c >= '0' && c <= '9') {
        d = static_cast<std::uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        d = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        d = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) {
        cp = 0xFFFD;
      }
    }
    append_utf8(out, cp == 0xA0 ? U' ' : cp == 0 ? U'\uFFFD' : static_cast<char32_t>(cp));
    return end - at + 1;
  }
  static constexpr auto named = std::to_array<std::pair<std::string_view, std::string_view>>({
      {"amp", "&"},
      {"lt", "<"},
      {"gt", ">"},
      {"quot", "\""},
      {"apos", "'"},
      {"nbsp", " "},
      {"ndash", "\xE2\x80\x93"},
      {"mdash", "\xE2\x80\x94"},
      {"rsquo", "\xE2\x80\x99"},
      {"lsquo", "\xE2\x80\x98"},
      {"rdquo", "\xE2\x80\x9D"},
      {"ldquo", "\xE2\x80\x9C"},
  });
  for (auto [n, text] : named) {
    if (name == n) {
      out += text;
      return end - at + 1;
    }
  }
  return 0;
}

std::string markup_to_text(std::string_view text) {
  // Two scans with memchr: find_first_of tests each byte against the set, several times slower.
  if (text.find('<') == std::string_view::npos && text.find('&') == std::string_view::npos) {
    return std::string(text);
  }
  return replace_markup(text, '\n');
}

std::string html_to_text(std::string_view html) {
  const std::string raw = replace_markup(html, ' ');
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) {
      // No space before punctuation that followed a tag: "<li>a</li>, b" -> "a, b".
      if (c != ',' && c != '.' && c != ';' && c != ':' && c != ')') {
        out += ' ';
      }
      space = false;
    }
    out += c;
  }
  return out;
}

} // namespace overlap
