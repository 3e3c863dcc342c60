// libFuzzer target: proposal bytes -> decode_input (or, by a flag, a Word document's XML ->
// wordml_to_text) -> the whole check pipeline (normalize,
// tokenize, analyze, thesaurus and acronym expansion, typo correction, query, score, rank) -> text
// and JSON. Only overlap::Error may come out; anything else (a crash, another exception, undefined
// behaviour, a leak, a hang) is a finding.
#include "check.h"
#include "docx_text.h"
#include "error.h"
#include "format.h"
#include "small_checker.h"
#include "text_input.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  // The first byte chooses the options, the rest is the proposal.
  const std::uint8_t flags = data[0];
  overlap::InputOptions input;
  input.lossy = (flags & 1) != 0;
  input.word_documents = (flags & 16) != 0;
  overlap::CheckOptions options;
  if ((flags & 2) != 0) {
    options.rank.from = "ISO";
  }
  options.rank.include_closed = (flags & 4) != 0;
  try {
    std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    if ((flags & 32) != 0) {
      bytes = overlap::wordml_to_text(bytes);
    }
    const std::string text = overlap::decode_input(std::move(bytes), "fuzz", input);
    const overlap::Report report = overlap_fuzz::small_checker().check(text, "fuzz", options);
    overlap::FormatOptions format;
    format.explain = true;
    const std::string out = (flags & 8) != 0 ? overlap::format_json(report, format)
                                             : overlap::format_text(report, format);
    if (out.empty()) {
      __builtin_trap();
    }
  } catch (const overlap::Error&) {
  }
  return 0;
}
