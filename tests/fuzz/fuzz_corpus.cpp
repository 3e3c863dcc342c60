// libFuzzer target: corpus file bytes -> the corpus loader (UTF-8 and YAML checks, entries,
// references, cycles) -> on success an index, a check, stats and a listing. Only overlap::Error may
// come out.
#include "check.h"
#include "corpus.h"
#include "corpus_stats.h"
#include "error.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    overlap::Corpus corpus = overlap::corpus_from_yaml(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    (void)overlap::corpus_stats(corpus);
    (void)overlap::corpus_listing(corpus);
    const overlap::Checker checker(std::move(corpus));
    (void)checker.check("Screw threads and fasteners for smart grid power systems (SGPS).", "fuzz",
                        {});
  } catch (const overlap::Error&) {
  }
  return 0;
}
