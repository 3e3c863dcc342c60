#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// One parsed JSON value. Objects keep their members in the order written.
class JsonValue {
public:
  enum class Type { null, boolean, number, string, array, object };

  Type type() const { return m_type; }
  bool is_null() const { return m_type == Type::null; }
  bool is_string() const { return m_type == Type::string; }
  bool is_number() const { return m_type == Type::number; }
  bool is_array() const { return m_type == Type::array; }
  bool is_object() const { return m_type == Type::object; }

  // The text of a string, or the digits of a number as written; "" for other types.
  const std::string& text() const { return m_text; }
  bool boolean() const { return m_boolean; }
  // The elements of an array, or the member values of an object (in order); empty otherwise.
  const std::vector<JsonValue>& items() const { return m_items; }
  // The member names of an object, parallel to items().
  const std::vector<std::string>& keys() const { return m_keys; }

  // The member `name` of an object, or nullptr (also for other types).
  const JsonValue* get(std::string_view name) const;
  // The member at the dotted `path` ("title.en"), or nullptr.
  const JsonValue* at_path(std::string_view path) const;

private:
  friend class JsonParser;
  Type m_type = Type::null;
  bool m_boolean = false;
  std::string m_text;
  std::vector<JsonValue> m_items;
  std::vector<std::string> m_keys;
};

// A JSON syntax error at byte `offset` of the text.
class JsonError : public std::runtime_error {
public:
  JsonError(const std::string& message, std::size_t offset)
      : std::runtime_error(message), m_offset(offset) {}
  std::size_t offset() const { return m_offset; }

private:
  std::size_t m_offset;
};

// Parses `text`, which must hold exactly one JSON value (RFC 8259; white space around it is
// allowed). Throws JsonError for malformed input, including invalid escapes and unpaired
// surrogates, and for nesting deeper than 200 levels.
JsonValue parse_json(std::string_view text);

} // namespace overlap
