#pragma once

#include <string>

// Path of a file under tests/data.
inline std::string test_data(const std::string& name) {
  return std::string(OVERLAP_TEST_DATA_DIR) + "/" + name;
}
