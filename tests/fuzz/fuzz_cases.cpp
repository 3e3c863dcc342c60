// libFuzzer target: labelled cases file bytes -> load_cases against a small corpus -> evaluation.
// Only overlap::Error may come out.
#include "cases.h"
#include "error.h"
#include "memfd_file.h"
#include "small_checker.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const MemfdFile file(data, size);
  try {
    const auto cases = overlap::load_cases(file.path(), overlap_fuzz::small_checker().corpus());
    const auto results = overlap::evaluate(overlap_fuzz::small_checker(), cases, 10);
    (void)overlap::format_eval(results, overlap::summarize(results, 10), 10);
  } catch (const overlap::Error&) {
  }
  return 0;
}
