#pragma once

#include "format.h"
#include "rank.h"
#include "text_input.h"

#include <optional>
#include <string>
#include <vector>

namespace overlap::cli {

// What the command line asked for. Fields left unset here may come from the config file.
struct Options {
  enum class Command {
    check,
    batch,
    cross,
    corpus_validate,
    corpus_stats,
    corpus_list,
    corpus_import,
    eval
  };
  enum class Progress { automatic, always, never };
  Command command = Command::check;
  std::vector<std::string> files;    // check: proposal files and directories; "-" is standard input
  std::string circular;              // batch, cross: the circular to read
  std::vector<std::string> corpus;   // corpus directories or files; empty: the default corpus
  std::optional<std::string> from;   // ISO, IEC or ITU-T
  std::optional<std::size_t> top;    // groups to list (default 10)
  std::optional<Format> format;      // default text
  std::optional<Level> fail_on;      // the gate: exit 1 when a partner match reaches this level
  std::optional<std::string> output; // -o: write here instead of standard output
  std::size_t jobs = 0;              // 0: the machine's cores
  Progress progress = Progress::automatic;
  std::optional<std::string> config; // --config FILE; else .overlap-check.yaml is looked for
  bool no_config = false;
  float threshold = 0.15F; // cross: the lowest score of a pair listed
  bool include_closed = false;
  bool explain = false;
  bool no_cache = false;               // always compile the corpus from its YAML
  bool timings = false;                // print the time of each step to stderr
  std::optional<std::string> evidence; // evidence file (TSV) of published documents per committee
  InputOptions input;
  // eval: labelled case files, and the floors below which it exits 1
  std::vector<std::string> case_files;
  double min_recall = 0;
  double min_clean = 0;
  double min_kept = 0;
  // corpus import: one source (ISO Open Data file, relaton directories or a TSV) and the output
  std::string import_iso_open_data;
  std::vector<std::string> import_relaton;
  std::string import_tsv;
  std::string import_output;
  bool import_abstracts = false;
  std::optional<int> import_before; // keep documents published before this year
};

// Parses `argv`. Returns the options, or an exit code when parsing ended the run (--help and
// --version: 0, after printing; a usage error: 2, after printing a one-line error to stderr).
struct ParseResult {
  std::optional<Options> options;
  int exit_code = 0;
};
ParseResult parse_options(int argc, char** argv);

} // namespace overlap::cli
