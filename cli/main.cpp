// overlap-check: a thin shell over the library. Parses options, finds the corpus, runs the checks,
// writes the output, and maps every error to a one-line message and an exit code.
#include "check.h"
#include "corpus_stats.h"
#include "error.h"
#include "format.h"
#include "options.h"
#include "text_input.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#ifndef OVERLAP_SOURCE_CORPUS_DIR
#define OVERLAP_SOURCE_CORPUS_DIR ""
#endif

namespace {

namespace fs = std::filesystem;

// --corpus, else $OVERLAP_CHECK_CORPUS, else the corpus installed beside the binary
// (../share/overlap-check/corpus), else the source tree's corpus the binary was built from.
std::vector<fs::path> corpus_paths(const overlap::cli::Options& o) {
  if (!o.corpus.empty()) {
    return {o.corpus.begin(), o.corpus.end()};
  }
  if (const char* env = std::getenv("OVERLAP_CHECK_CORPUS"); env != nullptr && *env != '\0') {
    return {fs::path(env)};
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

int run(const overlap::cli::Options& o) {
  overlap::Corpus corpus = overlap::load_corpus(corpus_paths(o));
  if (o.command == overlap::cli::Options::Command::corpus_validate) {
    std::cout << "corpus OK: " << corpus.entries.size() << " entries in " << corpus.files.size()
              << " files\n";
    return 0;
  }
  if (o.command == overlap::cli::Options::Command::corpus_stats) {
    std::cout << overlap::corpus_stats(corpus);
    return 0;
  }
  if (o.command == overlap::cli::Options::Command::corpus_list) {
    std::cout << overlap::corpus_listing(corpus);
    return 0;
  }

  // Read every input first, so that a bad one fails before any output is written.
  std::vector<std::string> texts;
  for (const std::string& file : o.files) {
    texts.push_back(overlap::read_input(file, o.input));
  }
  const overlap::Checker checker(std::move(corpus));
  overlap::CheckOptions options;
  options.rank.from = o.from;
  options.rank.top = o.top;
  options.rank.include_closed = o.include_closed;
  std::vector<overlap::Report> reports;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    reports.push_back(checker.check(texts[i], o.files[i], options));
  }
  std::cout << overlap::format_reports(reports, o.format, {o.explain});
  std::cout.flush();
  return std::cout ? 0 : static_cast<int>(overlap::ExitCode::input_error);
}

} // namespace

int main(int argc, char** argv) {
  auto parsed = overlap::cli::parse_options(argc, argv);
  if (!parsed.options) {
    return parsed.exit_code;
  }
  try {
    return run(*parsed.options);
  } catch (const overlap::Error& e) {
    std::cerr << "overlap-check: error: " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "overlap-check: error: " << e.what() << "\n";
  }
  return static_cast<int>(overlap::ExitCode::input_error);
}
