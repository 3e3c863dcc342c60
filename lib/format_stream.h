#pragma once

#include "format.h"

#include <string>
#include <vector>

namespace overlap {

// Formats a batch of reports a chunk at a time, so that a batch of any size needs memory for one
// chunk of reports and its text, not for all of them: head(), then body() of each chunk in order,
// then tail(), put together, are exactly format_reports() of all the reports.
class ReportStream {
public:
  ReportStream(Format format, FormatOptions options)
      : m_format(format), m_options(std::move(options)) {}

  std::string head() const;
  std::string body(const std::vector<Report>& chunk);
  std::string tail() const;

  // body() in two steps, so that the reports of a chunk can be formatted on several threads: the
  // text of one report (safe to call concurrently), then the texts of a chunk, in order, joined.
  std::string piece(const Report& report) const;
  std::string join(const std::vector<std::string>& pieces);

private:
  // Appends `item` to `out`, after the separator the format puts between two items.
  void item(std::string& out, std::string_view item);

  Format m_format;
  FormatOptions m_options;
  bool m_first = true; // no item written yet
};

} // namespace overlap
