#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overlap {

struct JsonMember;

// A parsed JSON value (RFC 8259). Objects keep their members in order, duplicates included.
struct JsonValue {
  enum class Type { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::vector<JsonMember> object; // (a vector of pairs would need JsonValue complete here)

  // The value of the first member named `key` of an object, or nullptr.
  const JsonValue* find(std::string_view key) const;
};

// A member of a JSON object: its name and value.
struct JsonMember {
  std::string first;
  JsonValue second;
};

// The name of `type` as a message says it: "a string", "an object", ...
const char* json_type_name(JsonValue::Type type);

// Parses the JSON document `text` (one value, white space around it). Throws overlap::Error naming
// `name`, line `line` and the column of the fault for malformed JSON, nesting deeper than 100
// levels and invalid \u escapes.
JsonValue parse_json(std::string_view text, const std::string& name, int line = 1);

} // namespace overlap
