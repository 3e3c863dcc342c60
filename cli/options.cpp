#include "options.h"

#include "error.h"
#include "gate.h"
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
  0  ran fine, and no partner match reached the --fail-on level
  1  --fail-on: a partner match that is not accepted in the config reached the level;
     eval: a quality floor (--min-recall, --min-clean, --min-kept) was not met
  2  usage, input, config, corpus or output error (a one-line message on stderr); for several
     proposals, also when some could not be read (they are named and skipped, the rest scored)

Config: .overlap-check.yaml in the current directory or a parent sets corpus, from, top,
fail-on, format and the accepted groups; options given here win.
Corpus: --corpus, else $OVERLAP_CHECK_CORPUS, else the config's corpus, else the corpus installed
with the program.)";

// Fails the parse with `message` as CLI11 reports its own errors.
[[noreturn]] void usage_error(const std::string& message) {
  throw CLI::ValidationError(message);
}

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
    case 'k':
      shift = 10;
      break;
    case 'm':
      shift = 20;
      break;
    case 'g':
      shift = 30;
      break;
    default:
      return std::nullopt;
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
  app.fallthrough(); // the options below may also follow a subcommand
  app.set_version_flag("--version", std::string("overlap-check ") + OVERLAP_VERSION);
  app.add_option("files", o.files,
                 "Proposal files: text, Markdown or Word (.docx) ('-' for standard input), or "
                 "directories (walked for .txt, .md and .docx files)");
  app.add_option("--corpus", o.corpus, "Corpus directory or file (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingPath);
  std::string from;
  app.add_option("--from", from, "Proposing organization: its own groups are left out")
      ->check(CLI::IsMember({"ISO", "IEC", "ITU-T"}));
  std::size_t top = 10;
  CLI::Option* top_option = app.add_option("--top", top, "Number of groups to list (default 10)")
                                ->check(CLI::Range(1, 500));
  std::string format;
  app.add_option("--format", format, std::string("Output format: ") + format_names)
      ->check(CLI::IsMember({"text", "json", "jsonl", "csv", "markdown", "sarif"}));
  std::string output;
  app.add_option("-o,--output", output,
                 "Write the output to this file (atomically) instead of stdout");
  std::string fail_on;
  app.add_option("--fail-on", fail_on,
                 "Exit 1 when a partner match reaches this level (high, medium or low)")
      ->check(CLI::IsMember({"high", "medium", "low"}));
  app.add_option("--jobs,-j", o.jobs, "Proposals scored in parallel (default: the machine's cores)")
      ->check(CLI::Range(1, 1024));
  bool quiet = false;
  bool progress = false;
  CLI::Option* quiet_flag = app.add_flag("--quiet,-q", quiet, "Never show a progress bar");
  CLI::Option* progress_flag = app.add_flag(
      "--progress", progress,
      "Always show a progress bar on stderr (by default: when stderr is a terminal and the work "
      "takes more than a moment)");
  quiet_flag->excludes(progress_flag);
  std::string config;
  CLI::Option* config_option =
      app.add_option("--config", config,
                     "Read this config file instead of looking for .overlap-check.yaml")
          ->check(CLI::ExistingFile);
  CLI::Option* no_config = app.add_flag("--no-config", o.no_config, "Read no config file");
  config_option->excludes(no_config);
  app.add_flag("--include-closed", o.include_closed, "Also list closed groups");
  app.add_flag("--explain", o.explain, "Show each match's terms, with contributions by field");
  app.add_flag(
      "--no-cache", o.no_cache,
      "Compile the corpus from its YAML without reading or writing the cache "
      "($OVERLAP_CHECK_CACHE_DIR, else $XDG_CACHE_HOME/overlap-check or ~/.cache/overlap-check)");
  app.add_flag("--timings", o.timings, "Print the time of each step to stderr (for scripts/bench)");
  std::string evidence;
  app.add_option("--evidence", evidence,
                 "Evidence file: published documents per committee (made by 'corpus import')")
      ->check(CLI::ExistingFile);
  app.add_flag("--lossy", o.input.lossy, "Replace invalid UTF-8 instead of refusing the input");
  std::string max_input_size;
  app.add_option(
         "--max-input-size", max_input_size,
         "Largest input accepted: bytes, or with a unit K, M or G (powers of 1024; default 16M)")
      ->check([](const std::string& value) {
        return parse_size(value)
                   ? std::string()
                   : "'" + value + "' is not a size above 0 such as 200000, 64K, 16M or 1G";
      });

  CLI::App* batch = app.add_subcommand(
      "batch",
      "Score every proposal of a circular (YAML, JSON Lines or CSV records with id, title, "
      "scope, from and an optional url)");
  batch->add_option("circular", o.circular, "The circular: .yaml, .jsonl or .csv")->required();

  CLI::App* cross = app.add_subcommand(
      "cross", "List the proposals of a circular from different organizations that share a topic");
  cross->add_option("circular", o.circular, "The circular: .yaml, .jsonl or .csv")->required();
  cross
      ->add_option("--threshold", o.threshold,
                   "Lowest similarity of a pair listed (0 to 1; default 0.15)")
      ->check(CLI::Range(0.0, 1.0));

  CLI::App* corpus = app.add_subcommand("corpus", "Work on the corpus");
  corpus->require_subcommand(1);
  corpus->add_subcommand("validate", "Load and validate the corpus; report the first error");
  corpus->add_subcommand("stats", "Counts by organization, kind and status; entries below the bar");
  corpus->add_subcommand("list",
                         "One line per entry: id, orgs, kind, status, parent, aliases (TSV)");
  CLI::App* import = corpus->add_subcommand(
      "import", "Import official data: ISO Open Data committees as corpus YAML, or published "
                "documents (relaton YAML, TSV) as an evidence file for --evidence");
  auto* iso = import
                  ->add_option("--iso-open-data", o.import_iso_open_data,
                               "ISO Open Data technical committees (JSON Lines or CSV); -o is a "
                               "directory")
                  ->check(CLI::ExistingFile);
  auto* relaton =
      import
          ->add_option("--relaton", o.import_relaton,
                       "Relaton YAML directories or files (relaton-data-iso, -iec, -itu)")
          ->check(CLI::ExistingPath);
  auto* tsv = import
                  ->add_option("--tsv", o.import_tsv,
                               "TSV with a header line: org, committee, docid, year, title")
                  ->check(CLI::ExistingFile);
  iso->excludes(relaton)->excludes(tsv);
  relaton->excludes(tsv);
  import
      ->add_option("-o,--output", o.import_output,
                   "Output: a directory for --iso-open-data, an evidence file otherwise")
      ->required();
  int before = 0;
  auto* before_option =
      import->add_option("--before", before, "Keep only documents published before YEAR")
          ->check(CLI::Range(1800, 9999));
  import->add_flag("--abstracts", o.import_abstracts, "Keep the abstracts of relaton documents");

  CLI::App* eval = app.add_subcommand(
      "eval",
      "Run labelled cases: recall@10 of the expected groups, and whether 'none' cases stay clean");
  eval->add_option("cases", o.case_files, "Case files (YAML; see tests/cases/README.md)")
      ->required()
      ->check(CLI::ExistingFile);
  eval->add_option("--min-recall", o.min_recall, "Exit 1 when recall@10 is below this")
      ->check(CLI::Range(0.0, 1.0));
  eval->add_option("--min-clean", o.min_clean,
                   "Exit 1 when the share of clean 'none' cases is below this")
      ->check(CLI::Range(0.0, 1.0));
  eval->add_option(
          "--min-kept", o.min_kept,
          "Exit 1 when the share of positive cases with an expected group at medium or high "
          "is below this")
      ->check(CLI::Range(0.0, 1.0));

  try {
    app.parse(argc, argv);
    if ((batch->parsed() || cross->parsed()) && !o.files.empty()) {
      usage_error(std::string(batch->parsed() ? "batch" : "cross") +
                  " reads one circular; give proposal files without it");
    }
    if (cross->parsed() && format == "sarif") {
      usage_error("--format sarif is for proposals, not for cross pairs");
    }
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
  if (!evidence.empty()) {
    o.evidence = evidence;
  }
  if (before_option->count() > 0) {
    o.import_before = before;
  }
  if (!max_input_size.empty()) {
    o.input.max_bytes = *parse_size(max_input_size);
  }
  if (top_option->count() > 0) {
    o.top = top;
  }
  if (!format.empty()) {
    o.format = parse_format(format);
  }
  if (!fail_on.empty()) {
    o.fail_on = parse_level(fail_on);
  }
  if (!output.empty()) {
    o.output = output;
  }
  if (!config.empty()) {
    o.config = config;
  }
  o.progress = quiet      ? Options::Progress::never
               : progress ? Options::Progress::always
                          : Options::Progress::automatic;
  if (batch->parsed()) {
    o.command = Options::Command::batch;
  } else if (cross->parsed()) {
    o.command = Options::Command::cross;
  } else if (eval->parsed()) {
    o.command = Options::Command::eval;
  } else if (import->parsed()) {
    o.command = Options::Command::corpus_import;
    if (o.import_iso_open_data.empty() && o.import_relaton.empty() && o.import_tsv.empty()) {
      std::cerr << "overlap-check: error: corpus import needs --iso-open-data FILE, --relaton "
                   "DIR... or --tsv FILE (see --help)\n";
      return {std::nullopt, static_cast<int>(ExitCode::input_error)};
    }
    if (!o.import_iso_open_data.empty() && (o.import_before || o.import_abstracts)) {
      std::cerr << "overlap-check: error: --before and --abstracts are for --relaton and --tsv "
                   "(see --help)\n";
      return {std::nullopt, static_cast<int>(ExitCode::input_error)};
    }
  } else if (corpus->parsed()) {
    o.command = corpus->get_subcommand("validate")->parsed() ? Options::Command::corpus_validate
                : corpus->get_subcommand("stats")->parsed()  ? Options::Command::corpus_stats
                                                             : Options::Command::corpus_list;
  } else if (o.files.empty()) {
    std::cerr
        << "overlap-check: error: no proposal given (a FILE, a directory, or '-' for standard "
           "input; see --help)\n";
    return {std::nullopt, static_cast<int>(ExitCode::input_error)};
  } else if (std::count(o.files.begin(), o.files.end(), "-") > 1) {
    std::cerr << "overlap-check: error: standard input ('-') can be read only once\n";
    return {std::nullopt, static_cast<int>(ExitCode::input_error)};
  }
  return {std::move(o), 0};
}

} // namespace overlap::cli
