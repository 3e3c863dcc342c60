#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// One record of a CSV file: its fields, and the line it starts on (1-based).
struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;
};

// Parses RFC 4180 CSV `text`: fields separated by commas, records by CRLF or LF; a field in double
// quotes may hold commas, line breaks and doubled quotes (""). Blank lines are skipped. Throws
// overlap::Error naming `name` and the line for a quote that is never closed or text after a
// closing quote.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& name);

// `field` as one CSV field: quoted when it holds a comma, a quote, a line break or leading or
// trailing space, with quotes doubled.
std::string csv_field(std::string_view field);

// `fields` as one CSV record, ending in CRLF as RFC 4180 writes it.
std::string csv_row(const std::vector<std::string>& fields);

} // namespace overlap
