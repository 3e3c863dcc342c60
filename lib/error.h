#pragma once

#include <stdexcept>
#include <string>

namespace overlap {

// Exit codes of overlap-check, documented in the README.
enum class ExitCode : int {
  ok = 0,          // ran fine, nothing reached the gate level
  gate = 1,        // an overlap at or above the --fail-on level
  input_error = 2, // usage, input or corpus error
};

// An error the user can act on: a message, and where it was found when that is known.
// what() reads `file:line:col: message`, or `file: message`, or just `message`.
class Error : public std::runtime_error {
public:
  explicit Error(std::string message, std::string file = {}, int line = 0, int column = 0);

  const std::string& message() const { return m_message; }
  const std::string& file() const { return m_file; }
  // 1-based line and column; 0 when unknown.
  int line() const { return m_line; }
  int column() const { return m_column; }

private:
  std::string m_message;
  std::string m_file;
  int m_line;
  int m_column;
};

} // namespace overlap
