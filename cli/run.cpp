#include "run.h"

#include "atomic_write.h"
#include "batch.h"
#include "circular.h"
#include "corpus_cache.h"
#include "cross.h"
#include "dictionary.h"
#include "error.h"
#include "evidence.h"
#include "format_stream.h"
#include "gate.h"
#include "output.h"
#include "parallel.h"
#include "progress.h"
#include "tokenize.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <span>
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

std::size_t jobs(const Options& o) {
  return o.jobs > 0 ? o.jobs : default_jobs();
}

Inputs read_inputs(const Options& o) {
  Inputs in;
  if (o.command == Options::Command::check) {
    const std::vector<std::string> files = expand_inputs(o.files);
    std::error_code ec;
    in.list =
        files.size() > 1 || std::any_of(o.files.begin(), o.files.end(), [&](const std::string& f) {
          return f != "-" && std::filesystem::is_directory(f, ec);
        });
    // Files are read and decoded on the workers too: in a batch of small proposals, reading is a
    // good part of the work.
    struct Read {
      std::optional<Proposal> proposal;
      std::optional<Error> error;
    };
    InputOptions proposal_input = o.input;
    proposal_input.word_documents = true; // a proposal may be a .docx form
    const std::function<Read(std::size_t)> read = [&](std::size_t i) {
      Read out;
      try {
        out.proposal = proposal_from_file(files[i], read_input(files[i], proposal_input), o.from);
      } catch (const Error& e) {
        out.error = e;
      }
      return out;
    };
    for (Read& r : parallel_map<Read>(files.size(), jobs(o), read)) {
      if (r.proposal) {
        in.proposals.push_back(std::move(*r.proposal));
      } else {
        in.errors.push_back(std::move(*r.error));
      }
    }
  } else {
    Circular circular = read_circular(o.circular, o.input);
    in.proposals = std::move(circular.proposals);
    in.errors = std::move(circular.errors);
    in.list = true;
  }
  for (const Error& e : in.errors) {
    std::cerr << "overlap-check: error: " << one_line(e.what())
              << (in.proposals.empty() ? "" : " (skipped)") << "\n";
  }
  return in;
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

// This process's peak resident memory in MiB (VmHWM of /proc/self/status), or -1 where unknown.
// Not getrusage(): its maxrss carries over, through exec, the peak of the process that started us.
double peak_rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      return std::strtod(line.c_str() + 6, nullptr) / 1024.0; // the value is in kB
    }
  }
  return -1;
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

CheckOptions check_options(const Options& o) {
  CheckOptions options;
  options.rank.top = o.top.value_or(10);
  options.rank.include_closed = o.include_closed;
  options.keep_explanations = o.explain;
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

namespace {

// Where the reports go: standard output as they come, or the -o file, which appears whole (and
// only) when commit() is reached.
class OutputSink {
public:
  explicit OutputSink(const Options& o) {
    if (o.output) {
      m_file.emplace(*o.output);
    }
  }
  void write(std::string_view text) {
    if (text.empty()) {
      return;
    }
    if (m_file) {
      m_file->write(text);
    } else {
      write_stdout(text);
    }
  }
  void commit() {
    if (m_file) {
      m_file->commit();
    }
  }

private:
  std::optional<AtomicFile> m_file;
};

// Proposals checked and formatted together before their reports are let go: enough to keep both
// threads busy, few enough that a batch of any size runs in the memory of one chunk.
constexpr std::size_t chunk_size = 256;

} // namespace

int run_proposals(const Options& o, std::optional<Config> config, const CorpusSource& source) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const Inputs in = read_inputs(o);
  if (in.proposals.empty()) {
    return static_cast<int>(ExitCode::input_error);
  }
  const double read_ms = milliseconds_since(start);
  const Checker& checker = open_checker(source, &config);
  const double corpus_ms = milliseconds_since(start) - read_ms;

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
  ReportStream stream(o.format.value_or(Format::text), format);
  OutputSink output(o);
  GateTally gate(o.fail_on.value_or(Level::high));
  // --timings: ICU's setup, which only text beyond ASCII needs, and the opening of the English
  // dictionary, which only a word to correct needs, are timed apart from the checks.
  double icu_ms = 0;
  double dictionary_ms = 0;
  if (o.timings) {
    const auto icu_start = Clock::now();
    prepare_icu();
    icu_ms = milliseconds_since(icu_start);
    const auto dictionary_start = Clock::now();
    Dictionary::system();
    dictionary_ms = milliseconds_since(dictionary_start);
  }
  StepTimes steps;
  std::atomic<std::int64_t> format_ns{0}; // formatting on the workers, added up
  std::vector<Error> unscored;            // proposals with nothing to score
  bool started = false;                   // the output's head is written
  double check_ms = 0;

  Progress progress(std::cerr, in.proposals.size(), show_progress(o), "proposals",
                    std::chrono::milliseconds(o.progress == Options::Progress::always ? 0 : 500));
  const std::span<const Proposal> all(in.proposals);
  for (std::size_t first = 0; first < all.size(); first += chunk_size) {
    const auto chunk_start = Clock::now();
    const auto chunk = all.subspan(first, std::min(chunk_size, all.size() - first));
    // Each worker marks accepted groups and formats the report it checked; this thread keeps
    // the order, tallies the gate and writes.
    std::vector<Checked> checked = check_proposals(
        checker, chunk, check_options(o), jobs(o),
        [&](std::size_t done) { progress.update(first + done); },
        [&](Checked& c) {
          if (config) {
            apply_accepted(c.report, checker.corpus(), *config);
          }
          const auto format_start = Clock::now();
          c.text = stream.piece(c.report);
          if (!o.fail_on) {
            c.report = Report{}; // formatted, and no gate needs it: freed here, in parallel
          }
          format_ns +=
              std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - format_start)
                  .count();
        },
        o.timings ? &steps : nullptr);
    check_ms += milliseconds_since(chunk_start);
    std::vector<std::string> pieces;
    pieces.reserve(checked.size());
    for (Checked& c : checked) {
      if (c.error) {
        unscored.push_back(std::move(*c.error));
        continue;
      }
      if (o.fail_on) {
        gate.add(c.report);
      }
      pieces.push_back(std::move(c.text));
    }
    if (!started && !pieces.empty()) {
      output.write(stream.head());
      started = true;
    }
    output.write(stream.join(pieces));
  }
  progress.finish();
  if (started) {
    output.write(stream.tail());
    output.commit();
  }
  const bool several = in.proposals.size() + in.errors.size() > 1;
  for (const Error& e : unscored) {
    std::cerr << "overlap-check: error: " << one_line(e.what()) << (several ? " (skipped)" : "")
              << "\n";
  }
  if (o.timings) {
    const double total_ms = milliseconds_since(start);
    // check is the wall time of the workers; analyze, query, score, rank and format are their
    // parts, added up over proposals and threads; write is what follows (output, gate).
    std::cerr << "timings_ms read " << read_ms << " corpus " << corpus_ms << " icu " << icu_ms
              << " dictionary " << dictionary_ms << " check " << check_ms << " analyze "
              << steps.analyze * 1e3 << " query " << steps.query * 1e3 << " score "
              << steps.score * 1e3 << " rank " << steps.rank * 1e3 << " format "
              << static_cast<double>(format_ns.load()) / 1e6 << " write "
              << total_ms - read_ms - corpus_ms - icu_ms - dictionary_ms - check_ms << " inputs "
              << in.proposals.size() << " peak_rss_mib " << peak_rss_mib() << "\n";
  }
  const std::string gate_failed = o.fail_on ? gate.summary() : "";
  std::cerr << gate_failed;
  return static_cast<int>(!in.errors.empty() || !unscored.empty() ? ExitCode::input_error
                          : !gate_failed.empty()                  ? ExitCode::gate
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
