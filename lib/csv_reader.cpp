#include "csv_reader.h"

#include "error.h"

namespace overlap {

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& name) {
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  int line = 1;
  row.line = line;
  bool quoted = false;      // inside a quoted field
  bool row_started = false; // the current record has content
  int quote_line = 0;
  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_row = [&] {
    if (row_started) {
      end_field();
      rows.push_back(std::move(row));
    }
    row = CsvRow{};
    row_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') {
          ++line;
        }
        field += c;
      }
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    }
    if (c == '\n') {
      end_row();
      row.line = ++line;
      continue;
    }
    if (!row_started) {
      row_started = true;
      row.line = line;
    }
    if (c == ',') {
      end_field();
    } else if (c == '"' && field.empty()) {
      quoted = true;
      quote_line = line;
    } else {
      field += c;
    }
  }
  if (quoted) {
    throw Error("unterminated quoted field", name, quote_line);
  }
  end_row();
  return rows;
}

} // namespace overlap
