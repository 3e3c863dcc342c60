#include "options.h"

#include "error.h"
#include "output.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <limits>

#ifndef OVERLAP_VERSION
#define OVERLAP_VERSION "unknown"
#endif

namespace overlap::cli {

namespace {

constexpr const char* exit_codes_help = R"(Exit codes:
  0  ran fine
  1  eval: a quality floor (--min-recall, --min-clean, --min-kept) was not met
  2  usage, input, corpus or output error (a one-line message on stderr)

Corpus: --corpus, else $OVERLAP_CHECK_CORPUS, else the corpus installed with the program.)";

// A size above 0 in bytes: digits, then optionally K, M or G (powers of 1024), alone or followed
// by "B" or "iB", in any case. Nothing when `text` is not such a size or does not fit.
std::optional<std::size_t> parse_size(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  if (digits == 0) {
    return std::nullopt;
  }
  std::string unit = text.substr(digits);
  std::transform(unit.begin(), unit.end(), unit.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  int shift = 0;
  if (!unit.empty() && unit != "b") {
    const std::string suffix = unit.substr(1);
    if (suffix != "" && suffix != "b" && suffix != "ib") {
      return std::nullopt;
    }
    switch (unit[0]) {
    case 'k': shift = 10; break;
    case 'm': shift = 20; break;
    case 'g': shift = 30; break;
    default: return std::nullopt;
    }
  }
  std::size_t value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    const auto digit = static_cast<std::size_t>(text[i] - '0');
    if (value > (std::numeric_limits<std::size_t>::max() - digit) / 10) {
      return std::nullopt;
    }
    value = value * 10 + digit;
  }
  if (value == 0 || value > (std::numeric_limits<std::size_t>::max() >> shift)) {
    return std::nullopt;
  }
  return value << shift;
}

} // namespace

ParseResult parse_options(int argc, char** argv) {
  Options o;
  CLI::App app{"overlap-check: find the ISO, IEC, ISO/IEC JTC 1 and ITU-T groups whose work "
               "overlaps a standardization proposal.",
               "overlap-check"};
  app.footer(exit_codes_help);
  app.set_version_flag("--version", std::string("overlap-check ") + OVERLAP_VERSION);
  app.add_option("files", o.files, "Proposal text files ('-' for standard input)");
  app.add_option("--corpus", o.corpus, "Corpus directory or file (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingPath);
  std::string from;
  app.add_option("--from", from, "Proposing organization: its own groups are left out")
      ->check(CLI::IsMember({"ISO", "IEC", "ITU-T"}));
  app.add_option("--top", o.top, "Number of groups to list")->check(CLI::Range(1, 500));
  std::string format = "text";
  app.add_option("--format", format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--include-closed", o.include_closed, "Also list closed groups");
  app.add_flag("--explain", o.explain, "Show each match's terms, with contributions by field");
  app.add_flag("--lossy", o.input.lossy, "Replace invalid UTF-8 instead of refusing the input");
  std::string max_input_size;
  app.add_option("--max-input-size", max_input_size,
                 "Largest input accepted: bytes, or with a unit K, M or G (powers of 1024; default 16M)")
      ->check([](const std::string& value) {
        return parse_size(value) ? std::string()
                                 : "'" + value + "' is not a size above 0 such as 200000, 64K, 16M or 1G";
      });

  CLI::App* corpus = app.add_subcommand("corpus", "Work on the corpus");
  corpus->require_subcommand(1);
  corpus->add_subcommand("validate", "Load and validate the corpus; report the first error");
  corpus->add_subcommand("stats", "Counts by organization, kind and status; entries below the bar");
  corpus->add_subcommand("list", "One line per entry: id, orgs, kind, status, parent, aliases (TSV)");

  CLI::App* eval = app.add_subcommand(
      "eval", "Run labelled cases: recall@10 of the expected groups, and whether 'none' cases stay clean");
  eval->add_option("cases", o.case_files, "Case files (YAML; see tests/cases/README.md)")
      ->required()
      ->check(CLI::ExistingFile);
  eval->add_option("--min-recall", o.min_recall, "Exit 1 when recall@10 is below this")
      ->check(CLI::Range(0.0, 1.0));
  eval->add_option("--min-clean", o.min_clean, "Exit 1 when the share of clean 'none' cases is below this")
      ->check(CLI::Range(0.0, 1.0));
  eval->add_option("--min-kept", o.min_kept,
                   "Exit 1 when the share of positive cases with an expected group at medium or high "
                   "is below this")
      ->check(CLI::Range(0.0, 1.0));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::CallForAllHelp& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::CallForVersion& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::ParseError& e) {
    std::cerr << "overlap-check: error: " << one_line(e.what()) << " (see --help)\n";
    return {std::nullopt, static_cast<int>(ExitCode::input_error)};
  }
  if (!from.empty()) {
    o.from = from;
  }
  if (!max_input_size.empty()) {
    o.input.max_bytes = *parse_size(max_input_size);
  }
  o.format = format == "json" ? Format::json : Format::text;
  if (eval->parsed()) {
    o.command = Options::Command::eval;
  } else if (corpus->parsed()) {
    o.command = corpus->get_subcommand("validate")->parsed() ? Options::Command::corpus_validate
                : corpus->get_subcommand("stats")->parsed()  ? Options::Command::corpus_stats
                                                              : Options::Command::corpus_list;
  } else if (o.files.empty()) {
    std::cerr << "overlap-check: error: no proposal given (a FILE, or '-' for standard input; "
                 "see --help)\n";
    return {std::nullopt, static_cast<int>(ExitCode::input_error)};
  } else if (std::count(o.files.begin(), o.files.end(), "-") > 1) {
    std::cerr << "overlap-check: error: standard input ('-') can be read only once\n";
    return {std::nullopt, static_cast<int>(ExitCode::input_error)};
  }
  return {std::move(o), 0};
}

} // namespace overlap::cli
