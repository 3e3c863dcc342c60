#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

// Parses `text`, the YAML of the file named `file` in messages, which must hold at most one
// document with content (an empty text gives a null node). Throws overlap::Error as `file:line:col:
// message` when `text` holds a NUL byte or invalid UTF-8, is malformed YAML, or holds a second
// document.
YAML::Node parse_yaml(std::string_view text, const std::string& file);

// Reads the YAML file `file` and parses it with parse_yaml. Throws overlap::Error naming the file
// when it cannot be read or is over 64 MiB.
YAML::Node load_yaml_file(const std::filesystem::path& file);

// The YAML files (*.yaml, *.yml) below the directory `root`, at any depth and sorted; `root` alone
// when it is a file. Throws overlap::Error naming `root` when it does not exist or cannot be read;
// `what` ("corpus") names it in those messages ("corpus not found").
std::vector<std::filesystem::path> yaml_files_below(const std::filesystem::path& root,
                                                    std::string_view what = {});

// Throws overlap::Error at the second occurrence when the mapping `node` of `file` has a key that
// is not a plain string, or repeats a key (YAML parsers keep one of them silently).
void check_keys(const YAML::Node& node, const std::string& file);

} // namespace overlap
