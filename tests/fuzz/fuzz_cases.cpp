// libFuzzer target: labelled cases file bytes -> load_cases against a small corpus -> evaluation.
// Only overlap::Error may come out.
#include "cases.h"
#include "error.h"
#include "memfd_file.h"

#include <cstddef>
#include <cstdint>

namespace {

const overlap::Checker& checker() {
  static const overlap::Checker instance(
      overlap::load_corpus({OVERLAP_TEST_DATA_DIR "/corpus_small"}));
  return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const MemfdFile file(data, size);
  try {
    const auto cases = overlap::load_cases(file.path(), checker().corpus());
    const auto results = overlap::evaluate(checker(), cases, 10);
    (void)overlap::format_eval(results, overlap::summarize(results, 10), 10);
  } catch (const overlap::Error&) {
  }
  return 0;
}
