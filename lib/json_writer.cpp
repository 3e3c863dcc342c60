#include "json_writer.h"

#include "utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace overlap {

void append_json_quoted(std::string& out, std::string_view text) {
  // Most text is plain ASCII with nothing to escape: one pass tells, and it is copied whole.
  if (std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
      })) {
    out += '"';
    out += text;
    out += '"';
    return;
  }
  // JSON is UTF-8: bytes that are not (a file name can hold any) become U+FFFD.
  std::string valid;
  if (first_invalid_utf8(text) != std::string_view::npos) {
    valid = replace_invalid_utf8(text);
    text = valid;
  }
  out += '"';
  std::size_t plain = 0; // start of the run of bytes that need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      continue;
    }
    out.append(text, plain, i - plain);
    plain = i + 1;
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default: {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    }
    }
  }
  out.append(text, plain);
  out += '"';
}

std::string json_quote(std::string_view text) {
  std::string out;
  append_json_quoted(out, text);
  return out;
}

void JsonWriter::separate() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_first.empty()) {
    if (!m_first.back()) {
      m_out += ", ";
    }
    m_first.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  m_out += '{';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  m_out += '}';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  m_out += '[';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  m_out += ']';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  append_json_quoted(m_out, name);
  m_out += ": ";
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  separate();
  append_json_quoted(m_out, text);
  return *this;
}

std::string json_number(double number) {
  if (!std::isfinite(number)) {
    return "null";
  }
  // As "%.4f" (both give the exact decimal rounded to nearest), without printf's locale and
  // format parsing.
  char buf[400]; // the longest double in fixed notation with 4 decimals fits
  const auto [end, error] =
      std::to_chars(buf, buf + sizeof buf, number, std::chars_format::fixed, 4);
  std::string s(buf, error == std::errc() ? end : buf);
  while (s.size() > 1 && s.back() == '0' && s.find('.') != std::string::npos) {
    s.pop_back();
  }
  if (s.back() == '.') {
    s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

JsonWriter& JsonWriter::value(double number) {
  separate();
  m_out += json_number(number);
  return *this;
}

JsonWriter& JsonWriter::value(long long number) {
  separate();
  m_out += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  separate();
  m_out += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  m_out += "null";
  return *this;
}

JsonWriter& JsonWriter::string_array(const std::vector<std::string>& items) {
  begin_array();
  for (const std::string& item : items) {
    value(item);
  }
  return end_array();
}

} // namespace overlap
