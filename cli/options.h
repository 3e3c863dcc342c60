#pragma once

#include "format.h"
#include "text_input.h"

#include <optional>
#include <string>
#include <vector>

namespace overlap::cli {

// What the command line asked for.
struct Options {
  enum class Command { check, corpus_validate, corpus_stats, corpus_list, eval };
  Command command = Command::check;
  std::vector<std::string> files;   // proposals; "-" is standard input
  std::vector<std::string> corpus;  // corpus directories or files; empty: the default corpus
  std::optional<std::string> from;  // ISO, IEC or ITU-T
  std::size_t top = 10;
  Format format = Format::text;
  bool include_closed = false;
  bool explain = false;
  bool no_cache = false; // always compile the corpus from its YAML
  bool timings = false;  // print the time of each step to stderr
  InputOptions input;
  // eval: labelled case files, and the floors below which it exits 1
  std::vector<std::string> case_files;
  double min_recall = 0;
  double min_clean = 0;
  double min_kept = 0;
};

// Parses `argv`. Returns the options, or an exit code when parsing ended the run (--help and
// --version: 0, after printing; a usage error: 2, after printing a one-line error to stderr).
struct ParseResult {
  std::optional<Options> options;
  int exit_code = 0;
};
ParseResult parse_options(int argc, char** argv);

} // namespace overlap::cli
