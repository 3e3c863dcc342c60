#include "cases.h"

#include "error.h"
#include "yaml_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace overlap {

namespace {

[[noreturn]] void fail(const std::string& message, const YAML::Node& at, const std::string& file) {
  throw Error(message, file, at.Mark().line + 1, at.Mark().column + 1);
}

std::string scalar(const YAML::Node& node, const char* field, const std::string& file) {
  if (!node.IsScalar() || node.Scalar().empty()) {
    fail(std::string("'") + field + "' must be a non-empty string", node, file);
  }
  return node.Scalar();
}

LabelledCase parse_case(const YAML::Node& node, const std::string& file, const Corpus& corpus) {
  if (!node.IsMap()) {
    fail("a case must be a mapping with name, from, text and expected", node, file);
  }
  check_keys(node, file);
  for (const auto& field : node) {
    const std::string& name = field.first.Scalar();
    if (name != "name" && name != "from" && name != "text" && name != "expected" &&
        name != "note") {
      fail("unknown field '" + name + "'", field.first, file);
    }
  }
  for (const char* required : {"name", "text", "expected"}) {
    if (!node[required]) {
      fail(std::string("case has no '") + required + "'", node, file);
    }
  }
  LabelledCase c;
  c.file = file;
  c.line = node.Mark().line + 1;
  c.name = scalar(node["name"], "name", file);
  c.text = scalar(node["text"], "text", file);
  if (node["from"]) {
    c.from = scalar(node["from"], "from", file);
    if (!is_known_org(*c.from)) {
      fail("unknown org '" + *c.from + "'", node["from"], file);
    }
  }
  const YAML::Node expected = node["expected"];
  if (expected.IsScalar() && expected.Scalar() == "none") {
    return c;
  }
  if (!expected.IsSequence() || expected.size() == 0) {
    fail("'expected' must be a list of group ids or 'none'", expected, file);
  }
  for (const YAML::Node& id : expected) {
    std::string value = scalar(id, "expected", file);
    auto found = corpus.find(value);
    if (!found) {
      fail("expected group '" + value + "' is not in the corpus", id, file);
    }
    // Canonical, also when given as an alias; a closed group's work went to its successor, which
    // the ranking lists in its place (ITU-T SG16 -> SG21).
    c.expected.push_back(corpus.entries[corpus.current(*found)].id);
  }
  return c;
}

} // namespace

std::vector<LabelledCase> load_cases(const std::filesystem::path& file, const Corpus& corpus) {
  const YAML::Node doc = load_yaml_file(file);
  if (!doc.IsSequence() || doc.size() == 0) {
    throw Error("expected a non-empty list of cases", file.string());
  }
  std::vector<LabelledCase> cases;
  for (const YAML::Node& node : doc) {
    cases.push_back(parse_case(node, file.string(), corpus));
  }
  return cases;
}

std::vector<CaseResult> evaluate(const Checker& checker, const std::vector<LabelledCase>& cases,
                                 std::size_t depth) {
  std::vector<CaseResult> results;
  const Corpus& corpus = checker.corpus();
  for (const LabelledCase& c : cases) {
    CheckOptions options;
    options.rank.from = c.from;
    options.rank.top = std::max(depth, eval_scan_depth);
    Report report = checker.check(c.text, c.name, options);

    CaseResult r;
    r.labelled = &c;
    for (const std::string& id : c.expected) {
      // An expected group counts where it, or the group it belongs to, is listed.
      const std::size_t expected_group = corpus.group(*corpus.find(id));
      std::optional<std::size_t> rank;
      float score = 0;
      Level level = Level::low;
      std::size_t group_rank = 0;
      for (const Match& m : report.matches) {
        group_rank += m.child ? 0 : 1;
        if (m.entry->id == id || (!m.child && *corpus.find(m.entry->id) == expected_group)) {
          rank = group_rank;
          score = m.score;
          level = m.level;
          r.kept = r.kept || (m.level != Level::low && group_rank <= depth);
          break;
        }
      }
      r.ranks.push_back(rank);
      r.scores.push_back(score);
      r.levels.push_back(level);
    }
    std::size_t group_rank = 0;
    for (const Match& m : report.matches) {
      if (m.child) {
        continue;
      }
      if (++group_rank > depth) {
        break;
      }
      r.best = std::max(r.best, m.score);
      if (m.level != Level::low) {
        r.strong.push_back(m.entry->id);
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

EvalSummary summarize(const std::vector<CaseResult>& results, std::size_t depth) {
  EvalSummary s;
  for (const CaseResult& r : results) {
    if (r.labelled->expected.empty()) {
      ++s.none_cases;
      s.none_clean += r.strong.empty() ? 1 : 0;
      continue;
    }
    ++s.positive_cases;
    for (const auto& rank : r.ranks) {
      ++s.expected;
      s.found += rank && *rank <= depth ? 1 : 0;
    }
    s.positive_kept += r.kept ? 1 : 0;
  }
  return s;
}

namespace {

// "k of n", or "-" when there are none to count.
std::string share_of(std::size_t part, std::size_t whole) {
  return whole == 0 ? "-" : std::to_string(part) + " of " + std::to_string(whole);
}

// The summary of each cases file, in the order they came, when the results come from more than
// one: sets written differently (by us, blind, in French) are read apart.
std::string by_file(const std::vector<CaseResult>& results, std::size_t depth) {
  std::vector<std::string> files;
  for (const CaseResult& r : results) {
    if (std::find(files.begin(), files.end(), r.labelled->file) == files.end()) {
      files.push_back(r.labelled->file);
    }
  }
  if (files.size() < 2) {
    return {};
  }
  char line[512];
  const std::string recall_at = "recall@" + std::to_string(depth);
  std::snprintf(line, sizeof line, "\n%-40s %-22s %-12s %s\n", "file", recall_at.c_str(), "kept",
                "clean");
  std::string out = line;
  for (const std::string& file : files) {
    std::vector<CaseResult> of_file;
    std::copy_if(results.begin(), results.end(), std::back_inserter(of_file),
                 [&](const CaseResult& r) { return r.labelled->file == file; });
    const EvalSummary s = summarize(of_file, depth);
    char recall[64] = "-";
    if (s.expected > 0) {
      std::snprintf(recall, sizeof recall, "%.3f (%zu of %zu)", s.recall(), s.found, s.expected);
    }
    std::snprintf(line, sizeof line, "%-40s %-22s %-12s %s\n", file.c_str(), recall,
                  share_of(s.positive_kept, s.positive_cases).c_str(),
                  share_of(s.none_clean, s.none_cases).c_str());
    out += line;
  }
  return out;
}

} // namespace

std::string format_eval(const std::vector<CaseResult>& results, const EvalSummary& summary,
                        std::size_t depth) {
  std::string out;
  char line[512];
  for (const CaseResult& r : results) {
    const LabelledCase& c = *r.labelled;
    const std::string from = c.from.value_or("-");
    if (c.expected.empty()) {
      std::string strong;
      for (const auto& id : r.strong) {
        strong += (strong.empty() ? "" : ", ") + id;
      }
      char best[32];
      std::snprintf(best, sizeof best, " (best %.2f)", static_cast<double>(r.best));
      std::snprintf(line, sizeof line, "%-40s %-6s %-26s %s%s\n", c.name.c_str(), from.c_str(),
                    "none", r.strong.empty() ? "clean" : ("NOT CLEAN: " + strong).c_str(), best);
      out += line;
      continue;
    }
    for (std::size_t i = 0; i < c.expected.size(); ++i) {
      std::string rank = "MISSED";
      if (r.ranks[i]) {
        char score[48];
        std::snprintf(score, sizeof score, "%s %.2f", level_name(r.levels[i]),
                      static_cast<double>(r.scores[i]));
        rank = *r.ranks[i] <= depth
                   ? "rank " + std::to_string(*r.ranks[i]) + " (" + score + ")"
                   : "MISSED (rank " + std::to_string(*r.ranks[i]) + ", " + score + ")";
      }
      std::snprintf(line, sizeof line, "%-40s %-6s %-26s %s\n", i == 0 ? c.name.c_str() : "",
                    i == 0 ? from.c_str() : "", c.expected[i].c_str(), rank.c_str());
      out += line;
    }
  }
  out += by_file(results, depth);
  std::snprintf(line, sizeof line,
                "\nrecall@%zu: %.3f (%zu of %zu expected groups)\n"
                "positive cases with an expected group at medium or high: %zu of %zu\n"
                "none cases clean (no medium or high partner match): %zu of %zu\n",
                depth, summary.recall(), summary.found, summary.expected, summary.positive_kept,
                summary.positive_cases, summary.none_clean, summary.none_cases);
  out += line;
  return out;
}

} // namespace overlap
