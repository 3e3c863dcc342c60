#pragma once

#include "check.h"
#include "proposal.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace overlap {

// The proposal files that `paths` name: files (and "-") as given, and for each directory the .txt
// and .md files below it, hidden ones left out, sorted by path. Throws overlap::Error for a
// directory without such files; files are not opened here.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

// Checks each of `proposals` with `checker` on up to `jobs` threads, with `options` and the
// proposal's own `from`. The reports come in the order of `proposals`, whatever `jobs` is; `done`,
// when set, is told how many are finished after each one (see parallel_map()).
std::vector<Report> check_proposals(const Checker& checker, const std::vector<Proposal>& proposals,
                                    const CheckOptions& options, std::size_t jobs,
                                    const std::function<void(std::size_t)>& done = {});

} // namespace overlap
