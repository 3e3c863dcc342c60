#include "yaml_file.h"

#include "error.h"

namespace overlap {

YAML::Node load_yaml_file(const std::filesystem::path& file, std::string_view what) {
  try {
    return YAML::LoadFile(file.string());
  } catch (const YAML::ParserException& e) {
    throw Error("malformed YAML: " + e.msg, file.string(), e.mark.line + 1, e.mark.column + 1);
  } catch (const YAML::BadFile&) {
    throw Error("cannot open " + std::string(what), file.string());
  }
}

} // namespace overlap
