#pragma once

// Internal to lib/: reading a YAML file with errors as overlap::Error.

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string_view>

namespace overlap {

// Parses the YAML file `file`. Throws overlap::Error as `file:line:col: malformed YAML: ...`, or
// `file: cannot open <what>`.
YAML::Node load_yaml_file(const std::filesystem::path& file, std::string_view what);

} // namespace overlap
