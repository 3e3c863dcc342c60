#include "format_stream.h"

#include "json_writer.h"

#include <string_view>

namespace overlap {

namespace {

// JSON of one report without the list: a single object, as the README's contract shows.
bool single_json(Format format, const FormatOptions& options) {
  return format == Format::json && !options.list;
}

} // namespace

std::string ReportStream::head() const {
  switch (m_format) {
  case Format::json:
    return single_json(m_format, m_options) ? "" : "[";
  case Format::csv:
    return csv_header();
  case Format::markdown:
    return markdown_header();
  case Format::sarif:
    return sarif_head(m_options);
  case Format::jsonl:
  case Format::text:
    break;
  }
  return {};
}

void ReportStream::item(std::string& out, std::string_view text) {
  if (!m_first) {
    out += m_format == Format::text ? "\n" : ", "; // text: a blank line between reports
  }
  out += text;
  m_first = false;
}

// A piece is one item of the output (a report; in SARIF its results, joined), or for formats
// without separators its text as it is.
std::string ReportStream::piece(const Report& r) const {
  switch (m_format) {
  case Format::json:
    if (single_json(m_format, m_options)) {
      return format_json(r, m_options); // one report: nothing to separate
    } else {
      JsonWriter json;
      json.reserve(8192); // a report of ten matches: grown once or never
      write_report_json(json, r, m_options);
      return json.take();
    }
  case Format::jsonl:
    return format_json(r, m_options);
  case Format::csv:
    return csv_rows(r);
  case Format::markdown:
    return markdown_row(r);
  case Format::sarif: {
    std::string out;
    for (const std::string& result : sarif_results(r, m_options)) {
      out += out.empty() ? "" : ", ";
      out += result;
    }
    return out;
  }
  case Format::text:
    return format_text(r, m_options);
  }
  return {};
}

std::string ReportStream::join(const std::vector<std::string>& pieces) {
  const bool separated = m_format == Format::text || m_format == Format::sarif ||
                         (m_format == Format::json && !single_json(m_format, m_options));
  std::string out;
  for (const std::string& p : pieces) {
    if (!separated) {
      out += p;
    } else if (m_format != Format::sarif || !p.empty()) { // a report without results adds nothing
      item(out, p);
    }
  }
  return out;
}

std::string ReportStream::body(const std::vector<Report>& chunk) {
  std::vector<std::string> pieces;
  pieces.reserve(chunk.size());
  for (const Report& r : chunk) {
    pieces.push_back(piece(r));
  }
  return join(pieces);
}

std::string ReportStream::tail() const {
  switch (m_format) {
  case Format::json:
    return single_json(m_format, m_options) ? "" : "]\n";
  case Format::sarif:
    return sarif_tail();
  case Format::jsonl:
  case Format::csv:
  case Format::markdown:
  case Format::text:
    break;
  }
  return {};
}

} // namespace overlap
