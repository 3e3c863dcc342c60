#pragma once

#include "config.h"
#include "corpus.h"
#include "options.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace overlap::cli {

// Where the corpus comes from: its paths, and the cache directory when the cache is used.
struct CorpusSource {
  std::vector<std::filesystem::path> paths;
  std::optional<std::filesystem::path> cache_dir;
  std::optional<std::filesystem::path> evidence; // documents per committee (--evidence)
};

// Scores proposal files and directories (check) or the records of a circular (batch), writes the
// reports and returns the exit code: 2 when an input could not be read, else 1 when the gate
// failed, else 0. `config` marks accepted groups.
// With --timings, the time of each part goes to stderr.
int run_proposals(const Options& options, std::optional<Config> config, const CorpusSource& source);

// Lists the proposals of a circular across organizations that share a topic; returns the exit code.
int run_cross(const Options& options, const CorpusSource& source);

// Writes `text` to the -o file, or else to standard output; returns the exit code (2 when
// standard output cannot be written).
int write_output(const Options& options, const std::string& text);

} // namespace overlap::cli
