#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// One record of a CSV file and the line it starts on (1-based).
struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;
};

// The records of CSV `text` (RFC 4180: comma-separated, fields optionally in double quotes, ""
// for a quote inside them, line breaks allowed inside quotes; CRLF or LF). Empty lines are
// skipped. Throws overlap::Error naming `name` and the line of an unterminated quoted field.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& name);

} // namespace overlap
