#include "normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

namespace overlap {

namespace {

const icu::Normalizer2& instance(const icu::Normalizer2* (*get)(UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = get(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw std::runtime_error(std::string("ICU normalizer unavailable: ") + u_errorName(status));
  }
  return *n;
}

// Punctuation that people type in several forms; one form each keeps words together.
UChar32 fold_punctuation(UChar32 c) {
  switch (c) {
  case 0x2018: // left single quotation mark
  case 0x2019: // right single quotation mark
  case 0x02BC: // modifier letter apostrophe
    return '\'';
  case 0x2010: // hyphen
  case 0x2011: // non-breaking hyphen
  case 0x2012: // figure dash
  case 0x2013: // en dash
  case 0x00AD: // soft hyphen
    return '-';
  default:
    return c;
  }
}

} // namespace

std::string normalize(std::string_view utf8) {
  // Plain ASCII, the common case: NFKC leaves it as it is and case folding is tolower.
  if (std::all_of(utf8.begin(), utf8.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      }
    }
    return out;
  }
  static const icu::Normalizer2& nfkc_cf = instance(&icu::Normalizer2::getNFKCCasefoldInstance);
  static const icu::Normalizer2& nfd = instance(&icu::Normalizer2::getNFDInstance);
  static const icu::Normalizer2& nfc = instance(&icu::Normalizer2::getNFCInstance);

  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = nfkc_cf.normalize(text, status);
  icu::UnicodeString decomposed = nfd.normalize(folded, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU normalization failed: ") + u_errorName(status));
  }

  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      continue; // the accent of a decomposed letter
    }
    stripped.append(fold_punctuation(c));
  }
  icu::UnicodeString composed = nfc.normalize(stripped, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU normalization failed: ") + u_errorName(status));
  }
  std::string out;
  composed.toUTF8String(out);
  return out;
}

} // namespace overlap
