#pragma once

#include "check.h"
#include "evidence.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

class JsonWriter;

// The output formats of reports.
enum class Format { text, json, jsonl, csv, markdown, sarif };

// The names of the formats, as --format and the config file take them.
inline constexpr const char* format_names = "text, json, jsonl, csv, markdown, sarif";

// The format named `name`, if it is one.
std::optional<Format> parse_format(std::string_view name);

struct FormatOptions {
  bool explain = false;         // list each match's term contributions by field
  bool list = false;            // json: an array even for a single report (batches, directories)
  std::optional<Level> fail_on; // sarif: the gate level (see format_sarif)
  std::string version = "";     // sarif: the version of overlap-check
  // With `explain`: the published documents of each matched committee, to show those that share
  // the proposal's terms (see --evidence). Not owned; may be null.
  const Evidence* evidence = nullptr;
};

// The groups of `report` that `match`'s group has a liaison with (as either side records it in
// the corpus' `liaisons`), in report order.
std::vector<std::string> report_liaisons(const Report& report, const Match& match);

// A ranked table for a terminal (each match with its matched terms and its liaisons with the other
// groups listed), then the SPCG-style summary line
// ("Relevant work in partner organizations: IEC, ITU-T" or "... none found").
std::string format_text(const Report& report, const FormatOptions& options = {});

// The JSON contract of the README: {"input", "from", "matches": [...], "partners": {...}}. A
// circular's record adds "id", "title" and "url" (when it has one) after "input"; an accepted
// match adds "accepted" with the reason; a match has "liaisons" only when report_liaisons finds
// some, so that output without them is unchanged.
std::string format_json(const Report& report, const FormatOptions& options = {});

// Writes `report` as format_json() does, as the next value of `json`.
void write_report_json(JsonWriter& json, const Report& report, const FormatOptions& options = {});

// One format_json() object a line.
std::string format_jsonl(const std::vector<Report>& reports, const FormatOptions& options = {});

// RFC 4180 CSV, one row a match: proposal, rank, group, org, score, level, parent, accepted. A
// child shown under a group shares its rank; parent is the corpus parent, as in JSON; joint
// organizations read "ISO/IEC"; score has JSON's 4 decimals.
std::string format_csv(const std::vector<Report>& reports);

// A Markdown table shaped like the SPCG report to the boards: originating organization, topic,
// relevant work in partner organizations, and the groups (medium and high, accepted ones marked).
std::string format_markdown(const std::vector<Report>& reports);

// SARIF 2.1.0 for code hosts: one result per partner group at medium or above (at low or above
// when `options.fail_on` is low), located on the proposal file or the circular record. A result
// that fails the gate is an "error", others are "warning" (high, medium) or "note" (low); accepted
// groups carry a suppression with the reason.
std::string format_sarif(const std::vector<Report>& reports, const FormatOptions& options = {});

// The pieces the formats above are made of, for ReportStream (format_stream.h): a format's output
// is its head, then the pieces of each report in order, then its tail.
std::string csv_header();
std::string csv_rows(const Report& report);
std::string markdown_header();
std::string markdown_row(const Report& report);
std::string sarif_head(const FormatOptions& options);
std::vector<std::string> sarif_results(const Report& report,
                                       const FormatOptions& options); // ", " between
std::string sarif_tail();

// `reports` in `format`: text one after the other; json one object, or an array when there are
// several or `options.list` is set; the others as their functions above.
std::string format_reports(const std::vector<Report>& reports, Format format,
                           const FormatOptions& options = {});

} // namespace overlap
