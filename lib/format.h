#pragma once

#include "check.h"

#include <string>
#include <vector>

namespace overlap {

// The output formats of a report.
enum class Format { text, json };

struct FormatOptions {
  bool explain = false; // list each match's term contributions by field
};

// A ranked table for a terminal, then the SPCG-style summary line
// ("Relevant work in partner organizations: IEC, ITU-T" or "... none found").
std::string format_text(const Report& report, const FormatOptions& options = {});

// The JSON contract of the README: {"input", "from", "matches": [...], "partners": {...}}.
std::string format_json(const Report& report, const FormatOptions& options = {});

// Several reports: text one after the other; JSON as an array of report objects.
std::string format_reports(const std::vector<Report>& reports, Format format,
                           const FormatOptions& options = {});

} // namespace overlap
