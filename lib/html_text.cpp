#include "html_text.h"

#include "utf8.h"

#include <array>
#include <cctype>
#include <cstdint>

namespace overlap {

namespace {

// Decodes the character reference at `html[at]` ('&'); returns the bytes it used, or 0 when it is
// not one (the '&' is then kept as written).
std::size_t decode_reference(std::string_view html, std::size_t at, std::string& out) {
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

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

} // namespace

std::string html_to_text(std::string_view html) {
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
        raw += ' ';
        i = close + 1;
        continue;
      }
    } else if (c == '&') {
      if (std::size_t used = decode_reference(html, i, raw)) {
        i += used;
        continue;
      }
    }
    raw += c;
    ++i;
  }
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
