#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overlap {

// A small streaming JSON writer: enough for our reports, with correct string escaping and a
// fixed number format, so that equal reports give byte-identical output.
class JsonWriter {
public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The name of the next value in an object.
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(double number); // written with up to 4 decimals
  JsonWriter& value(long long number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  JsonWriter& string_array(const std::vector<std::string>& items);

  const std::string& str() const { return m_out; }
  // Moves the text written so far out of the writer (which is then empty).
  std::string take() { return std::exchange(m_out, {}); }
  // Makes room for `bytes` of output up front.
  void reserve(std::size_t bytes) { m_out.reserve(bytes); }

private:
  void separate();
  std::string m_out;
  std::vector<bool> m_first; // per open container: no member written yet
  bool m_after_key = false;
};

// `number` as JSON writes it: up to 4 decimals, trailing zeros dropped, null when not finite.
std::string json_number(double number);

// `text` as a JSON string literal, quotes included; bytes of `text` that are not valid UTF-8 become
// U+FFFD, so that the output is always valid JSON.
std::string json_quote(std::string_view text);
// Appends json_quote(`text`) to `out`.
void append_json_quoted(std::string& out, std::string_view text);

} // namespace overlap
