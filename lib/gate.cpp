#include "gate.h"

namespace overlap {

namespace {

// Whether `id` names `entry` or one of its ancestors.
bool covers(const Corpus& corpus, const std::string& id, const Entry* entry) {
  for (int depth = 0; entry != nullptr && depth < 16; ++depth) {
    if (entry->id == id) {
      return true;
    }
    const auto parent = entry->parent.empty() ? std::nullopt : corpus.find(entry->parent);
    entry = parent ? &corpus.entries[*parent] : nullptr;
  }
  return false;
}

} // namespace

std::optional<Level> parse_level(std::string_view name) {
  for (Level level : {Level::low, Level::medium, Level::high}) {
    if (name == level_name(level)) {
      return level;
    }
  }
  return std::nullopt;
}

void apply_accepted(Report& report, const Corpus& corpus, const Config& config) {
  for (const Accepted& a : config.accepted) {
    if (!accepted_for(a, report.id, report.input, config.file)) {
      continue;
    }
    for (Match& m : report.matches) {
      if (!m.accepted && (covers(corpus, a.id, m.entry) || covers(corpus, a.id, m.evidence))) {
        m.accepted = a.reason;
      }
    }
  }
}

bool fails_gate(const Match& match, const std::optional<std::string>& from, Level fail_on) {
  return !match.child && match.level >= fail_on && !match.accepted &&
         is_partner(*match.entry, from);
}

std::vector<const Match*> gate_failures(const Report& report, Level fail_on) {
  std::vector<const Match*> out;
  for (const Match& m : report.matches) {
    if (fails_gate(m, report.from, fail_on)) {
      out.push_back(&m);
    }
  }
  return out;
}

void GateTally::add(const Report& report) {
  ++m_reports;
  const auto failures = gate_failures(report, m_fail_on);
  if (failures.empty()) {
    return;
  }
  ++m_failing;
  m_matches += failures.size();
  m_lines += "  " + report.name() + ":";
  for (std::size_t i = 0; i < failures.size(); ++i) {
    m_lines += (i == 0 ? " " : ", ") + failures[i]->entry->id + " (" +
               level_name(failures[i]->level) + ")";
  }
  m_lines += "\n";
}

std::string GateTally::summary() const {
  if (m_matches == 0) {
    return {};
  }
  return "overlap-check: gate failed: " + std::to_string(m_matches) + " partner match" +
         (m_matches == 1 ? "" : "es") + " at " + level_name(m_fail_on) + " or above in " +
         std::to_string(m_failing) + " of " + std::to_string(m_reports) + " proposal" +
         (m_reports == 1 ? "" : "s") + " (--fail-on " + level_name(m_fail_on) + ")\n" + m_lines;
}

std::string gate_summary(const std::vector<Report>& reports, Level fail_on) {
  GateTally tally(fail_on);
  for (const Report& r : reports) {
    tally.add(r);
  }
  return tally.summary();
}

} // namespace overlap
