#pragma once

#include "config.h"
#include "corpus.h"
#include "options.h"

#include <optional>
#include <string>

namespace overlap::cli {

// Scores proposal files and directories (check) or the records of a circular (batch), writes the
// reports and returns the exit code: 2 when an input could not be read, else 1 when the gate
// failed, else 0. `config` marks accepted groups.
int run_proposals(const Options& options, const std::optional<Config>& config, Corpus corpus);

// Lists the proposals of a circular across organizations that share a topic; returns the exit code.
int run_cross(const Options& options, Corpus corpus);

// Writes `text` to the -o file, or else to standard output; returns the exit code (2 when
// standard output cannot be written).
int write_output(const Options& options, const std::string& text);

} // namespace overlap::cli
