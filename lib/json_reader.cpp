#include "json_reader.h"

#include "error.h"
#include "utf8.h"

#include <cstdlib>

namespace overlap {

namespace {

constexpr int max_depth = 100;

class Parser {
public:
  Parser(std::string_view text, const std::string& name, int line)
      : m_text(text), m_name(name), m_line(line) {}

  JsonValue document() {
    JsonValue v = value(0);
    skip_space();
    if (m_pos != m_text.size()) {
      fail("unexpected text after the JSON value");
    }
    return v;
  }

private:
  [[noreturn]] void fail(const std::string& message) const {
    int line = m_line;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
      if (m_text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    throw Error("malformed JSON: " + message, m_name, line,
                static_cast<int>(m_pos - line_start) + 1);
  }

  void skip_space() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                     m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
      ++m_pos;
    }
  }

  bool take(char c) {
    skip_space();
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
      ++m_pos;
      return true;
    }
    return false;
  }

  void expect(char c, const char* what) {
    if (!take(c)) {
      fail(std::string("expected ") + what);
    }
  }

  bool literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) == word) {
      m_pos += word.size();
      return true;
    }
    return false;
  }

  JsonValue value(int depth) {
    if (depth > max_depth) {
      fail("nested too deeply");
    }
    skip_space();
    if (m_pos >= m_text.size()) {
      fail("unexpected end of input");
    }
    JsonValue v;
    const char c = m_text[m_pos];
    if (c == '{') {
      ++m_pos;
      v.type = JsonValue::Type::object;
      if (take('}')) {
        return v;
      }
      do {
        skip_space();
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
          fail("expected a member name in double quotes");
        }
        std::string key = string();
        expect(':', "':' after a member name");
        v.object.push_back(JsonMember{std::move(key), value(depth + 1)});
      } while (take(','));
      expect('}', "',' or '}' in an object");
    } else if (c == '[') {
      ++m_pos;
      v.type = JsonValue::Type::array;
      if (take(']')) {
        return v;
      }
      do {
        v.array.push_back(value(depth + 1));
      } while (take(','));
      expect(']', "',' or ']' in an array");
    } else if (c == '"') {
      v.type = JsonValue::Type::string;
      v.string = string();
    } else if (literal("true") || literal("false")) {
      v.type = JsonValue::Type::boolean;
      v.boolean = c == 't';
    } else if (literal("null")) {
      v.type = JsonValue::Type::null;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.type = JsonValue::Type::number;
      v.number = number();
    } else {
      fail("unexpected character");
    }
    return v;
  }

  double number() {
    const std::size_t start = m_pos;
    auto digits = [&] {
      const std::size_t from = m_pos;
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
        ++m_pos;
      }
      return m_pos - from;
    };
    if (m_text[m_pos] == '-') {
      ++m_pos;
    }
    const std::size_t int_start = m_pos;
    if (digits() == 0 || (m_text[int_start] == '0' && m_pos - int_start > 1)) {
      fail("malformed number");
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
      ++m_pos;
      if (digits() == 0) {
        fail("malformed number");
      }
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      ++m_pos;
      if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
        ++m_pos;
      }
      if (digits() == 0) {
        fail("malformed number");
      }
    }
    return std::strtod(std::string(m_text.substr(start, m_pos - start)).c_str(), nullptr);
  }

  unsigned hex4() {
    if (m_pos + 4 > m_text.size()) {
      fail("incomplete \\u escape");
    }
    unsigned code = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = m_text[m_pos++];
      code <<= 4;
      if (h >= '0' && h <= '9') {
        code |= static_cast<unsigned>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        code |= static_cast<unsigned>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        code |= static_cast<unsigned>(h - 'A' + 10);
      } else {
        fail("invalid \\u escape");
      }
    }
    return code;
  }

  std::string string() {
    ++m_pos; // the opening quote
    std::string out;
    while (true) {
      if (m_pos >= m_text.size()) {
        fail("a string is never closed");
      }
      const char c = m_text[m_pos];
      if (c == '"') {
        ++m_pos;
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        fail("control character in a string");
      }
      ++m_pos;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (m_pos >= m_text.size()) {
        fail("a string is never closed");
      }
      const char e = m_text[m_pos++];
      switch (e) {
      case '"':
      case '\\':
      case '/':
        out += e;
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        unsigned code = hex4();
        if (code >= 0xD800 && code < 0xDC00) {
          if (!literal("\\u")) {
            fail("unpaired surrogate in a \\u escape");
          }
          const unsigned low = hex4();
          if (low < 0xDC00 || low >= 0xE000) {
            fail("unpaired surrogate in a \\u escape");
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code < 0xE000) {
          fail("unpaired surrogate in a \\u escape");
        }
        append_utf8(out, static_cast<char32_t>(code));
        break;
      }
      default:
        fail("invalid escape in a string");
      }
    }
  }

  std::string_view m_text;
  const std::string& m_name;
  int m_line;
  std::size_t m_pos = 0;
};

} // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, member] : object) {
    if (name == key) {
      return &member;
    }
  }
  return nullptr;
}

const char* json_type_name(JsonValue::Type type) {
  switch (type) {
  case JsonValue::Type::null:
    return "null";
  case JsonValue::Type::boolean:
    return "a boolean";
  case JsonValue::Type::number:
    return "a number";
  case JsonValue::Type::string:
    return "a string";
  case JsonValue::Type::array:
    return "an array";
  case JsonValue::Type::object:
    return "an object";
  }
  return "a value";
}

JsonValue parse_json(std::string_view text, const std::string& name, int line) {
  return Parser(text, name, line).document();
}

} // namespace overlap
