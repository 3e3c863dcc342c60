#pragma once

#include "check.h"
#include "error.h"
#include "proposal.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace overlap {

// The proposal files that `paths` name: files (and "-") as given, and for each directory the .txt
// and .md files below it, hidden ones left out, sorted by path. Throws overlap::Error for a
// directory without such files; files are not opened here.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

// The outcome of checking one proposal of a batch: its report, or why it has none (an input
// with nothing to score), so that one bad proposal does not stop the others.
struct Checked {
  Report report;
  std::optional<Error> error;
  std::string text; // what `then` made of it, when it makes text (the report formatted)
};

// Checks each of `proposals` with `checker` on up to `jobs` threads, with `options` and the
// proposal's own `from`. The outcomes come in the order of `proposals`, whatever `jobs` is; `done`,
// when set, is told how many are finished after each one (see parallel_map()). `then`, when set,
// runs on the same thread right after each successful check, so that work on the report (marking
// accepted groups, formatting it) runs in parallel too; it must be safe to call concurrently.
// `times`, when given, gets the time of each step added up over the proposals (and threads).
std::vector<Checked> check_proposals(const Checker& checker, std::span<const Proposal> proposals,
                                     const CheckOptions& options, std::size_t jobs,
                                     const std::function<void(std::size_t)>& done = {},
                                     const std::function<void(Checked&)>& then = {},
                                     StepTimes* times = nullptr);

} // namespace overlap
