#include "json_reader.h"

#include <cstdint>

namespace overlap {

const JsonValue* JsonValue::get(std::string_view name) const {
  if (m_type != Type::object) {
    return nullptr;
  }
  for (std::size_t i = 0; i < m_keys.size(); ++i) {
    if (m_keys[i] == name) {
      return &m_items[i];
    }
  }
  return nullptr;
}

const JsonValue* JsonValue::at_path(std::string_view path) const {
  const JsonValue* v = this;
  while (v != nullptr) {
    auto dot = path.find('.');
    v = v->get(path.substr(0, dot));
    if (dot == std::string_view::npos) {
      return v;
    }
    path.remove_prefix(dot + 1);
  }
  return nullptr;
}

// A recursive-descent parser over one text.
class JsonParser {
public:
  explicit JsonParser(std::string_view text) : m_text(text) {}

  JsonValue parse_document() {
    JsonValue v = parse_value(0);
    skip_space();
    if (m_pos != m_text.size()) {
      fail("unexpected text after the JSON value");
    }
    return v;
  }

private:
  [[noreturn]] void fail(const std::string& message) const { throw JsonError(message, m_pos); }

  void skip_space() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                     m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
      ++m_pos;
    }
  }

  bool consume(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) == word) {
      m_pos += word.size();
      return true;
    }
    return false;
  }

  JsonValue parse_value(int depth) {
    if (depth > 200) {
      fail("JSON nested too deeply");
    }
    skip_space();
    if (m_pos >= m_text.size()) {
      fail("unexpected end of JSON");
    }
    JsonValue v;
    char c = m_text[m_pos];
    if (c == '{') {
      parse_object(v, depth);
    } else if (c == '[') {
      parse_array(v, depth);
    } else if (c == '"') {
      v.m_type = JsonValue::Type::string;
      v.m_text = parse_string();
    } else if (consume("true")) {
      v.m_type = JsonValue::Type::boolean;
      v.m_boolean = true;
    } else if (consume("false")) {
      v.m_type = JsonValue::Type::boolean;
    } else if (consume("null")) {
      v.m_type = JsonValue::Type::null;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.m_type = JsonValue::Type::number;
      v.m_text = parse_number();
    } else {
      fail(std::string("unexpected character '") + c + "'");
    }
    return v;
  }

  void parse_object(JsonValue& v, int depth) {
    v.m_type = JsonValue::Type::object;
    ++m_pos; // '{'
    skip_space();
    if (consume("}")) {
      return;
    }
    for (;;) {
      skip_space();
      if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
        fail("expected a member name in double quotes");
      }
      v.m_keys.push_back(parse_string());
      skip_space();
      if (!consume(":")) {
        fail("expected ':' after a member name");
      }
      v.m_items.push_back(parse_value(depth + 1));
      skip_space();
      if (consume("}")) {
        return;
      }
      if (!consume(",")) {
        fail("expected ',' or '}' in an object");
      }
    }
  }

  void parse_array(JsonValue& v, int depth) {
    v.m_type = JsonValue::Type::array;
    ++m_pos; // '['
    skip_space();
    if (consume("]")) {
      return;
    }
    for (;;) {
      v.m_items.push_back(parse_value(depth + 1));
      skip_space();
      if (consume("]")) {
        return;
      }
      if (!consume(",")) {
        fail("expected ',' or ']' in an array");
      }
    }
  }

  std::string parse_number() {
    std::size_t start = m_pos;
    auto digits = [&] {
      std::size_t from = m_pos;
      while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
        ++m_pos;
      }
      if (m_pos == from) {
        fail("malformed number");
      }
    };
    consume("-");
    digits();
    if (consume(".")) {
      digits();
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      ++m_pos;
      if (!consume("+")) {
        consume("-");
      }
      digits();
    }
    return std::string(m_text.substr(start, m_pos - start));
  }

  std::uint32_t parse_hex4() {
    if (m_pos + 4 > m_text.size()) {
      fail("truncated \\u escape");
    }
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      char c = m_text[m_pos++];
      value <<= 4;
      if (c >= '0' && c <= '9') {
        value |= static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        value |= static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        value |= static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        fail("malformed \\u escape");
      }
    }
    return value;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string parse_string() {
    ++m_pos; // opening quote
    std::string out;
    for (;;) {
      if (m_pos >= m_text.size()) {
        fail("unterminated string");
      }
      char c = m_text[m_pos++];
      if (c == '"') {
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        --m_pos;
        fail("control character in a string");
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (m_pos >= m_text.size()) {
        fail("unterminated string");
      }
      char e = m_text[m_pos++];
      switch (e) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
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
        std::uint32_t cp = parse_hex4();
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (!consume("\\u")) {
            fail("unpaired surrogate in a \\u escape");
          }
          std::uint32_t low = parse_hex4();
          if (low < 0xDC00 || low > 0xDFFF) {
            fail("unpaired surrogate in a \\u escape");
          }
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          fail("unpaired surrogate in a \\u escape");
        }
        append_utf8(out, cp);
        break;
      }
      default:
        --m_pos;
        fail(std::string("invalid escape '\\") + e + "'");
      }
    }
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

JsonValue parse_json(std::string_view text) {
  return JsonParser(text).parse_document();
}

} // namespace overlap
