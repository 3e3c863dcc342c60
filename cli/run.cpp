#include "run.h"

#include "atomic_write.h"
#include "batch.h"
#include "circular.h"
#include "corpus_cache.h"
#include "cross.h"
#include "evidence.h"
#include "error.h"
#include "gate.h"
#include "parallel.h"
#include "output.h"
#include "progress.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <unistd.h>

#ifndef OVERLAP_VERSION
#define OVERLAP_VERSION "unknown"
#endif

namespace overlap::cli {

namespace {

// The proposals to score and the inputs that could not be read.
struct Inputs {
  std::vector<Proposal> proposals;
  std::vector<Error> errors;
  bool list = false; // several proposals may come: JSON gives an array
};

Inputs read_inputs(const Options& o) {
  Inputs in;
  if (o.command == Options::Command::check) {
    const std::vector<std::string> files = expand_inputs(o.files);
    std::error_code ec;
    in.list =
        files.size() > 1 || std::any_of(o.files.begin(), o.files.end(), [&](const std::string& f) {
          return f != "-" && std::filesystem::is_directory(f, ec);
        });
    for (const std::string& file : files) {
      try {
        in.proposals.push_back(proposal_from_file(file, read_input(file, o.input), o.from));
      } catch (const Error& e) {
        in.errors.push_back(e);
      }
    }
  } else {
    Circular circular = read_circular(o.circular, o.input);
    in.proposals = std::move(circular.proposals);
    in.errors = std::move(circular.errors);
    in.list = true;
  }
  for (const Error& e : in.errors) {
    std::cerr << "overlap-check: error: " << one_line(e.what()) << (in.proposals.empty() ? "" : " (skipped)")
              << "\n";
  }
  return in;
}

std::size_t jobs(const Options& o) {
  return o.jobs > 0 ? o.jobs : default_jobs();
}

bool show_progress(const Options& o) {
  return o.progress == Options::Progress::always ||
         (o.progress == Options::Progress::automatic && ::isatty(STDERR_FILENO) == 1);
}

// The checker over the corpus, built once. Deliberately never destroyed: freeing the index at exit
// would cost more than checking a proposal.
const Checker& open_checker(const CorpusSource& source, std::optional<Config>* config) {
  CompiledCorpus compiled = open_corpus(source.paths, source.cache_dir, source.evidence);
  if (!compiled.evidence_note.empty()) {
    std::cerr << "overlap-check: note: " << compiled.evidence_note << "\n";
  }
  if (config != nullptr && *config) {
    resolve_accepted(**config, compiled.corpus);
  }
  static const Checker* checker = new Checker(std::move(compiled));
  return *checker;
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

CheckOptions check_options(const Options& o) {
  CheckOptions options;
  options.rank.top = o.top.value_or(10);
  options.rank.include_closed = o.include_closed;
  return options;
}

} // namespace

int write_output(const Options& o, const std::string& text) {
  if (o.output) {
    write_file_atomically(*o.output, text);
    return 0;
  }
  write_stdout(text);
  return 0;
}

int run_proposals(const Options& o, std::optional<Config> config, const CorpusSource& source) {
  const auto start = std::chrono::steady_clock::now();
  const Inputs in = read_inputs(o);
  if (in.proposals.empty()) {
    return static_cast<int>(ExitCode::input_error);
  }
  const double read_ms = milliseconds_since(start);
  const Checker& checker = open_checker(source, &config);
  const double corpus_ms = milliseconds_since(start) - read_ms;
  Progress progress(std::cerr, in.proposals.size(), show_progress(o), "proposals",
                    std::chrono::milliseconds(o.progress == Options::Progress::always ? 0 : 500));
  std::vector<Report> reports = check_proposals(checker, in.proposals, check_options(o), jobs(o),
                                                [&](std::size_t done) { progress.update(done); });
  progress.finish();
  const double check_ms = milliseconds_since(start) - read_ms - corpus_ms;
  if (config) {
    for (Report& r : reports) {
      apply_accepted(r, checker.corpus(), *config);
    }
  }
  FormatOptions format;
  format.explain = o.explain;
  std::optional<Evidence> evidence; // for --explain: which documents hold the matched terms
  if (o.explain && source.evidence) {
    evidence = load_evidence(*source.evidence, checker.corpus());
    format.evidence = &*evidence;
  }
  format.list = in.list;
  format.fail_on = o.fail_on;
  format.version = OVERLAP_VERSION;
  if (const int code =
          write_output(o, format_reports(reports, o.format.value_or(Format::text), format));
      code != 0) {
    return code;
  }
  if (o.timings) {
    std::cerr << "timings_ms read " << read_ms << " corpus " << corpus_ms << " check " << check_ms
              << " format " << milliseconds_since(start) - read_ms - corpus_ms - check_ms << " inputs "
              << in.proposals.size() << "\n";
  }
  const std::string gate = o.fail_on ? gate_summary(reports, *o.fail_on) : "";
  std::cerr << gate;
  return static_cast<int>(!in.errors.empty() ? ExitCode::input_error
                          : !gate.empty()    ? ExitCode::gate
                                             : ExitCode::ok);
}

int run_cross(const Options& o, const CorpusSource& source) {
  const Inputs in = read_inputs(o);
  if (in.proposals.empty()) {
    return static_cast<int>(ExitCode::input_error);
  }
  const Checker& checker = open_checker(source, nullptr);
  CrossOptions cross;
  cross.threshold = o.threshold;
  const auto pairs = cross_pairs(checker, in.proposals, check_options(o), cross, jobs(o));
  const int code = write_output(
      o, format_cross(o.circular, in.proposals, pairs, cross, o.format.value_or(Format::text)));
  return code != 0 ? code : in.errors.empty() ? 0 : static_cast<int>(ExitCode::input_error);
}

} // namespace overlap::cli
