#include "error.h"

namespace overlap {

namespace {

std::string locate(const std::string& message, const std::string& file, int line, int column) {
  if (file.empty()) {
    return message;
  }
  std::string where = file;
  if (line > 0) {
    where += ':' + std::to_string(line);
    if (column > 0) {
      where += ':' + std::to_string(column);
    }
  }
  return where + ": " + message;
}

} // namespace

Error::Error(std::string message, std::string file, int line, int column)
    : std::runtime_error(locate(message, file, line, column)), m_message(std::move(message)),
      m_file(std::move(file)), m_line(line), m_column(column) {}

} // namespace overlap
