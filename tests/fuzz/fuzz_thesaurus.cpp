// libFuzzer target: thesaurus file bytes -> Thesaurus::load -> expansion of a fixed proposal.
// Only overlap::Error may come out.
#include "analyzer.h"
#include "error.h"
#include "memfd_file.h"
#include "thesaurus.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const overlap::Analyzer analyzer;
  const MemfdFile file(data, size);
  try {
    const overlap::Thesaurus thesaurus = overlap::Thesaurus::load(file.path(), analyzer);
    const auto terms =
        analyzer.analyze("EV charging with AI and machine learning for the IoT grid");
    (void)thesaurus.expand(terms, analyzer, 0.8F);
  } catch (const overlap::Error&) {
  }
  return 0;
}
