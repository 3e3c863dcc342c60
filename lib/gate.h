#pragma once

#include "check.h"
#include "config.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// The level named `name` ("high", "medium" or "low"), if it is one.
std::optional<Level> parse_level(std::string_view name);

// Marks the matches of `report` that `config` accepts for this proposal: a match is accepted when
// an accepted id is its group or an ancestor of it, or of the entry whose text gave its score.
void apply_accepted(Report& report, const Corpus& corpus, const Config& config);

// Whether `match` of a proposal from `from` fails a gate at `fail_on`: a group (not a child shown
// under one) of a partner organization, at `fail_on` or above, and not accepted.
bool fails_gate(const Match& match, const std::optional<std::string>& from, Level fail_on);

// The matches of `report` that fail a gate at `fail_on`.
std::vector<const Match*> gate_failures(const Report& report, Level fail_on);

// What a failed gate prints on stderr: a line with the counts, then one line per proposal with
// its failing groups. Empty when no report fails.
std::string gate_summary(const std::vector<Report>& reports, Level fail_on);

// gate_summary() counted one report at a time, for a batch that is formatted and let go in chunks.
class GateTally {
public:
  explicit GateTally(Level fail_on) : m_fail_on(fail_on) {}
  void add(const Report& report);
  std::string summary() const; // as gate_summary() of the reports added

private:
  Level m_fail_on;
  std::string m_lines;
  std::size_t m_matches = 0;
  std::size_t m_failing = 0; // proposals with a failing match
  std::size_t m_reports = 0;
};

} // namespace overlap
