#include "options.h"

#include "error.h"

#include <CLI/CLI.hpp>

#include <iostream>

#ifndef OVERLAP_VERSION
#define OVERLAP_VERSION "unknown"
#endif

namespace overlap::cli {

namespace {

constexpr const char* exit_codes_help = R"(Exit codes:
  0  ran fine
  1  eval: a quality floor (--min-recall, --min-clean, --min-kept) was not met
  2  usage, input or corpus error (a one-line message on stderr)

Corpus: --corpus, else $OVERLAP_CHECK_CORPUS, else the corpus installed with the program.)";

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
  std::string evidence;
  app.add_option("--evidence", evidence,
                 "Evidence file: published documents per committee (made by 'corpus import')")
      ->check(CLI::ExistingFile);
  app.add_flag("--lossy", o.input.lossy, "Replace invalid UTF-8 instead of refusing the input");
  app.add_option("--max-input-size", o.input.max_bytes, "Largest input accepted, in bytes")
      ->check(CLI::PositiveNumber);

  CLI::App* corpus = app.add_subcommand("corpus", "Work on the corpus");
  corpus->require_subcommand(1);
  corpus->add_subcommand("validate", "Load and validate the corpus; report the first error");
  corpus->add_subcommand("stats", "Counts by organization, kind and status; entries below the bar");
  corpus->add_subcommand("list", "One line per entry: id, orgs, kind, status, parent, aliases (TSV)");
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
    std::cerr << "overlap-check: error: " << e.what() << " (see --help)\n";
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
  o.format = format == "json" ? Format::json : Format::text;
  if (eval->parsed()) {
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
    std::cerr << "overlap-check: error: no proposal given (a FILE, or '-' for standard input; "
                 "see --help)\n";
    return {std::nullopt, static_cast<int>(ExitCode::input_error)};
  }
  return {std::move(o), 0};
}

} // namespace overlap::cli
