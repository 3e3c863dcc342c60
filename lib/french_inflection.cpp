#include "french_inflection.h"

namespace overlap {

namespace {

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

} // namespace

std::string french_inflection_key(std::string_view word) {
  std::string key(word);
  constexpr std::size_t shortest = 3; // no ending is taken that would leave less
  auto drop = [&](std::size_t n) {
    if (key.size() >= shortest + n) {
      key.resize(key.size() - n);
      return true;
    }
    return false;
  };
  if (ends_with(key, "eaux")) {
    drop(1);
  } else if (ends_with(key, "aux") && drop(2)) {
    key += 'l'; // chevaux -> cheval, signaux -> signal
  } else if (ends_with(key, "x") || ends_with(key, "s")) {
    drop(1);
  }
  if (ends_with(key, "r")) {
    drop(1);
  }
  for (int i = 0; i < 2 && ends_with(key, "e"); ++i) { // -ée folded is -ee
    drop(1);
  }
  if (key.size() > shortest && key[key.size() - 1] == key[key.size() - 2]) {
    drop(1);
  }
  return key;
}

} // namespace overlap
