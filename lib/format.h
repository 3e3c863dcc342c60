#pragma once

#include "check.h"
#include "evidence.h"

#include <string>
#include <vector>

namespace overlap {

// The output formats of a report.
enum class Format { text, json };

struct FormatOptions {
  bool explain = false; // list each match's term contributions by field
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

// The JSON contract of the README: {"input", "from", "matches": [...], "partners": {...}}. A match
// has "liaisons" only when report_liaisons finds some, so that output without them is unchanged.
std::string format_json(const Report& report, const FormatOptions& options = {});

// Several reports: text one after the other; JSON as an array of report objects.
std::string format_reports(const std::vector<Report>& reports, Format format,
                           const FormatOptions& options = {});

} // namespace overlap
