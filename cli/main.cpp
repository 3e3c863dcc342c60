// overlap-check: a thin shell over the library. Parses options, finds the corpus, runs the checks,
// writes the output, and maps every error to a one-line message and an exit code.
#include "cases.h"
#include "check.h"
#include "config.h"
#include "corpus_cache.h"
#include "corpus_stats.h"
#include "corpus_writer.h"
#include "error.h"
#include "evidence_import.h"
#include "iso_open_data.h"
#include "options.h"
#include "output.h"
#include "run.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#ifndef OVERLAP_SOURCE_CORPUS_DIR
#define OVERLAP_SOURCE_CORPUS_DIR ""
#endif

namespace {

namespace fs = std::filesystem;

// --corpus, else $OVERLAP_CHECK_CORPUS, else the config file's corpus, else the corpus installed
// beside the binary (../share/overlap-check/corpus), else the source tree's corpus the binary was
// built from.
std::vector<fs::path> corpus_paths(const overlap::cli::Options& o,
                                   const std::optional<overlap::Config>& config) {
  if (!o.corpus.empty()) {
    return {o.corpus.begin(), o.corpus.end()};
  }
  if (const char* env = std::getenv("OVERLAP_CHECK_CORPUS"); env != nullptr && *env != '\0') {
    return {fs::path(env)};
  }
  if (config && !config->corpus.empty()) {
    return config->corpus;
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "overlap-check" / "corpus";
    if (fs::is_directory(installed, ec)) {
      return {installed};
    }
  }
  if (fs::is_directory(OVERLAP_SOURCE_CORPUS_DIR, ec)) {
    return {fs::path(OVERLAP_SOURCE_CORPUS_DIR)};
  }
  throw overlap::Error("no corpus found: give --corpus DIR or set OVERLAP_CHECK_CORPUS");
}

overlap::cli::CorpusSource corpus_source(const overlap::cli::Options& o,
                                         const std::optional<overlap::Config>& config) {
  overlap::cli::CorpusSource source{
      corpus_paths(o, config), o.no_cache ? std::nullopt : overlap::default_cache_dir(), {}};
  if (o.evidence) {
    source.evidence = fs::path(*o.evidence);
  } else if (config && config->evidence) {
    source.evidence = config->evidence;
  }
  return source;
}

int run_eval(const overlap::cli::Options& o, const overlap::cli::CorpusSource& source) {
  constexpr std::size_t depth = 10;
  const overlap::Checker checker(
      overlap::open_corpus(source.paths, source.cache_dir, source.evidence));
  std::vector<overlap::LabelledCase> cases;
  for (const std::string& file : o.case_files) {
    auto more = overlap::load_cases(file, checker.corpus());
    cases.insert(cases.end(), more.begin(), more.end());
  }
  const auto results = overlap::evaluate(checker, cases, depth);
  const auto summary = overlap::summarize(results, depth);
  overlap::cli::write_stdout(overlap::format_eval(results, summary, depth));
  auto share = [](std::size_t part, std::size_t whole) {
    return whole == 0 ? 1.0 : static_cast<double>(part) / static_cast<double>(whole);
  };
  bool below = false;
  auto floor = [&](const char* what, double value, double min) {
    if (value + 1e-9 < min) {
      std::cerr << "overlap-check: eval: " << what << " " << value << " is below the floor " << min
                << "\n";
      below = true;
    }
  };
  floor("recall@10", summary.recall(), o.min_recall);
  floor("share of clean none cases", share(summary.none_clean, summary.none_cases), o.min_clean);
  floor("share of positive cases kept", share(summary.positive_kept, summary.positive_cases),
        o.min_kept);
  return below ? static_cast<int>(overlap::ExitCode::gate) : 0;
}

// The config file (--config, else .overlap-check.yaml here or in a parent directory, unless
// --no-config), with its defaults filled into `o` where the command line left them unset.
std::optional<overlap::Config> load_settings(overlap::cli::Options& o) {
  if (o.no_config) {
    return std::nullopt;
  }
  std::optional<fs::path> file =
      o.config ? std::optional<fs::path>(*o.config) : overlap::find_config(fs::current_path());
  if (!file) {
    return std::nullopt;
  }
  overlap::Config config = overlap::load_config(*file);
  o.from = o.from ? o.from : config.from;
  o.top = o.top ? o.top : config.top;
  // A config's sarif is for proposals; cross keeps its text default then.
  const bool sarif_for_cross =
      o.command == overlap::cli::Options::Command::cross && config.format == overlap::Format::sarif;
  o.format = o.format || sarif_for_cross ? o.format : config.format;
  o.fail_on = o.fail_on ? o.fail_on : config.fail_on;
  return config;
}

// corpus import: ISO Open Data committees to corpus YAML in a directory, or published documents
// (relaton YAML, TSV) to an evidence file. Ids are mapped through `corpus`.
int run_import(const overlap::cli::Options& o, const overlap::Corpus& corpus) {
  if (!o.import_iso_open_data.empty()) {
    const auto committees = overlap::read_iso_open_data(o.import_iso_open_data);
    const auto imported = overlap::iso_open_data_entries(committees, corpus);
    const fs::path dir(o.import_output);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
      throw overlap::Error("cannot create the output directory: " + ec.message(), dir.string());
    }
    const fs::path file = dir / "iso-open-data.yaml";
    std::string comment(overlap::iso_open_data_attribution);
    comment += "\nMade by: overlap-check corpus import --iso-open-data " + o.import_iso_open_data +
               "\nLoad it with the shipped corpus: overlap-check --corpus CORPUS --corpus " +
               dir.string() + " ...";
    overlap::write_text_file(file, overlap::format_corpus_yaml(imported.entries, comment));
    std::cout << "committees read: " << imported.records << "\n"
              << "entries written: " << imported.entries.size() << " (" << imported.updating
              << " update entries of the corpus, " << imported.added << " new) to " << file.string()
              << "\n"
              << "liaisons: " << imported.liaisons << "\n";
    if (imported.skipped > 0) {
      std::cout << "records without reference or title, left out: " << imported.skipped << "\n";
    }
    return 0;
  }
  overlap::ImportOptions options;
  options.before = o.import_before;
  options.abstracts = o.import_abstracts;
  overlap::EvidenceImport imported =
      o.import_tsv.empty()
          ? overlap::import_relaton({o.import_relaton.begin(), o.import_relaton.end()}, corpus,
                                    options)
          : overlap::import_tsv(o.import_tsv, corpus, options);
  overlap::write_text_file(o.import_output, overlap::format_evidence(std::move(imported.records)));
  std::cout << overlap::format_import_report(imported.report) << "wrote " << o.import_output
            << "\n";
  return 0;
}

int run(overlap::cli::Options o) {
  using Command = overlap::cli::Options::Command;
  std::optional<overlap::Config> config = load_settings(o);
  if (o.command == Command::eval) {
    return run_eval(o, corpus_source(o, config));
  }
  if (o.command == Command::cross) {
    return overlap::cli::run_cross(o, corpus_source(o, config));
  }
  if (o.command != Command::corpus_validate && o.command != Command::corpus_stats &&
      o.command != Command::corpus_list && o.command != Command::corpus_import) {
    return overlap::cli::run_proposals(o, config, corpus_source(o, config));
  }

  // Corpus commands always read the YAML, never the cache.
  overlap::Corpus corpus = overlap::load_corpus(corpus_paths(o, config));
  if (o.command == Command::corpus_import) {
    return run_import(o, corpus);
  }
  if (o.command == Command::corpus_validate) {
    overlap::cli::write_stdout(overlap::corpus_validation(corpus));
    return 0;
  }
  if (o.command == Command::corpus_stats) {
    overlap::cli::write_stdout(overlap::corpus_stats(corpus));
    return 0;
  }
  overlap::cli::write_stdout(overlap::corpus_listing(corpus));
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  overlap::cli::ignore_sigpipe();
  auto parsed = overlap::cli::parse_options(argc, argv);
  if (!parsed.options) {
    return parsed.exit_code;
  }
  try {
    return run(*parsed.options);
  } catch (const std::bad_alloc&) {
    std::cerr << "overlap-check: error: out of memory (a smaller --max-input-size refuses such "
                 "inputs early)\n";
  } catch (const std::exception& e) {
    std::cerr << "overlap-check: error: " << overlap::cli::one_line(e.what()) << "\n";
  }
  return static_cast<int>(overlap::ExitCode::input_error);
}
