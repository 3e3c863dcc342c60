#pragma once

#include "corpus.h"
#include "format.h"
#include "rank.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace overlap {

// The name of the config file, looked for in the current directory and its parents.
inline constexpr const char* config_file_name = ".overlap-check.yaml";

// A group already coordinated with: its matches are shown as accepted and no longer fail the gate.
struct Accepted {
  std::string id;                     // group id (canonical once resolve_accepted() ran)
  std::string reason;                 // why: a liaison, a joint working group, a decision
  std::vector<std::string> proposals; // the proposals it holds for: record ids, or file paths
                                      // relative to the config file; empty: every proposal
  int line = 0;
  int column = 0;
};

// Defaults for a repository of proposals (.overlap-check.yaml); the command line overrides them.
struct Config {
  std::filesystem::path file;
  std::vector<std::filesystem::path> corpus; // resolved against the config file's directory
  std::optional<std::filesystem::path>
      evidence; // evidence file (see evidence.h), resolved the same way
  std::optional<std::string> from;
  std::optional<std::size_t> top;
  std::optional<Level> fail_on;
  std::optional<Format> format;
  std::vector<Accepted> accepted;
};

// The config file in `start` or the nearest of its parent directories, if there is one.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// Reads the config `file`. Throws overlap::Error as `file:line:col: message` for malformed YAML,
// unknown fields, and values of the wrong type or out of range.
Config load_config(const std::filesystem::path& file);

// Checks that every accepted id of `config` is a group of `corpus`, and writes it the canonical
// way. Throws overlap::Error at the id's line for an unknown one.
void resolve_accepted(Config& config, const Corpus& corpus);

// Whether `accepted` holds for the proposal whose record id is `id` (empty for a file) read from
// `input`, with paths relative to the directory of `config_file`.
bool accepted_for(const Accepted& accepted, const std::string& id, const std::string& input,
                  const std::filesystem::path& config_file);

} // namespace overlap
