#include "exclusions.h"

#include "text_util.h"

#include <array>
#include <bitset>
#include <span>
#include <vector>

namespace overlap {

namespace {

// Statements that leave out the whole sentence they are in.
constexpr std::string_view sentence_cues[] = {
    "excluded", "does not apply", "do not apply", "shall not apply", "is not applicable",
    "are not applicable", "does not cover", "do not cover", "does not address", "do not address",
    "does not deal with", "do not deal with", "does not include", "do not include",
    "is not covered", "are not covered", "not within the scope", "outside the scope",
    "outside its scope", "outside of the scope", "out of scope", "beyond the scope",
    "falls outside", "fall outside",
    // French: the participle of exclure, and the negations of s'appliquer, traiter, couvrir...
    "exclu", "exclus", "exclue", "exclues", "ne s'applique pas", "ne s'appliquent pas",
    "ne traite pas", "ne traitent pas", "ne couvre pas", "ne couvrent pas", "ne concerne pas",
    "ne concernent pas", "ne vise pas", "ne visent pas", "n'est pas couvert",
    "ne sont pas couverts", "hors du domaine d'application", "hors du champ"};

// Words that make a sentence cue a caveat: what "does not apply to all test methods" applies to
// some, so it leaves nothing out.
constexpr std::string_view partial_cues[] = {"to all",        "to every",        "in all",
                                             "\xC3\xA0 tous", "\xC3\xA0 toutes", "dans tous"};

// Prepositions that leave out the rest of their sentence: what comes before them is covered.
constexpr std::string_view clause_cues[] = {
    "excluding",   "excludes",    "except", "with the exception of",
    "l'exception", "l'exclusion", "hormis"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Part of a word: an ASCII letter or digit, or a byte of a UTF-8 sequence (accented letters).
// A table: the scan for cues asks it of every byte of a proposal.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> table{};
  for (std::size_t b = 0; b < table.size(); ++b) {
    const auto c = static_cast<char>(b);
    table[b] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || b >= 0x80;
  }
  return table;
}();
bool word_byte(char c) {
  return word_bytes[static_cast<unsigned char>(c)];
}

// The end of `cue` matched in `lower` at `at` (a space of the cue matches any run of spaces, its
// apostrophe a typographic one too), as a whole word; or npos.
std::size_t match_at(std::string_view lower, std::size_t at, std::string_view cue) {
  if (at > 0 && word_byte(lower[at - 1])) {
    return std::string_view::npos;
  }
  std::size_t i = at;
  for (char c : cue) {
    if (c == ' ') {
      if (i >= lower.size() || !is_space(lower[i])) {
        return std::string_view::npos;
      }
      while (i < lower.size() && is_space(lower[i])) {
        ++i;
      }
    } else if (c == '\'' && lower.substr(i, 3) == "\xE2\x80\x99") {
      i += 3;
    } else if (i < lower.size() && lower[i] == c) {
      ++i;
    } else {
      return std::string_view::npos;
    }
  }
  return i < lower.size() && word_byte(lower[i]) ? std::string_view::npos : i;
}

// Whether one of `cues` starts at `at` in `lower`, after spaces.
template <std::size_t N>
bool cue_follows(std::string_view lower, std::size_t at, const std::string_view (&cues)[N]) {
  while (at < lower.size() && is_space(lower[at])) {
    ++at;
  }
  for (std::string_view cue : cues) {
    if (match_at(lower, at, cue) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Cues grouped by their first byte, and the pairs of bytes they begin with: most words begin no
// cue, and a word's first two bytes tell most of them apart at once ("energy" from "excluded").
class CueSet {
public:
  template <std::size_t N> explicit CueSet(const std::string_view (&cues)[N]) { add(cues); }
  template <std::size_t N> void add(const std::string_view (&cues)[N]) {
    for (std::string_view cue : cues) {
      m_by_first[static_cast<unsigned char>(cue[0])].push_back(cue);
      m_pairs[pair(cue[0], cue[1])] = true; // every cue has two bytes or more
      if (cue[1] == '\'') {
        m_pairs[pair(cue[0], '\xE2')] = true; // a typographic apostrophe (match_at)
      }
    }
  }
  // The cues that may start at `at` in `text`.
  std::span<const std::string_view> starting_at(std::string_view text, std::size_t at) const {
    const char second = at + 1 < text.size() ? text[at + 1] : '\0';
    // A space of a cue matches any run of spaces (match_at), so a pair with one stands for all.
    if (!m_pairs[pair(text[at], is_space(second) ? ' ' : second)]) {
      return {};
    }
    return m_by_first[static_cast<unsigned char>(text[at])];
  }

private:
  static std::size_t pair(char first, char second) {
    return static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8 |
           static_cast<unsigned char>(second);
  }
  std::array<std::vector<std::string_view>, 256> m_by_first;
  std::bitset<65536> m_pairs;
};

// The first place in `lower` where one of `cues` starts, or npos; with `caveats`, not a cue that
// one of them follows.
template <std::size_t M = 1>
std::size_t find_cue(std::string_view lower, const CueSet& cues,
                     const std::string_view (*caveats)[M] = nullptr) {
  for (std::size_t at = 0; at < lower.size();) {
    if (!word_byte(lower[at])) {
      ++at;
      continue;
    }
    for (std::string_view cue : cues.starting_at(lower, at)) {
      if (const std::size_t end = match_at(lower, at, cue);
          end != std::string_view::npos &&
          (caveats == nullptr || !cue_follows(lower, end, *caveats))) {
        return at;
      }
    }
    while (at < lower.size() && word_byte(lower[at])) {
      ++at; // cues are whole words: none starts inside this one
    }
  }
  return std::string_view::npos;
}

// Whether a blank line starts at the line break at `i`.
bool blank_line_at(std::string_view text, std::size_t i) {
  for (std::size_t j = i + 1; j < text.size(); ++j) {
    if (text[j] == '\n') {
      return true;
    }
    if (!is_space(text[j])) {
      return false;
    }
  }
  return false;
}

// The sentences of `text` (see exclusion_spans), each without the spaces before it; the title, when
// the first line with text is one sentence, is left out: it names the subject, whatever its words.
std::vector<TextSpan> sentences(std::string_view text) {
  std::vector<TextSpan> out;
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    while (start < end && is_space(text[start])) {
      ++start;
    }
    if (start < end) {
      out.push_back({start, end});
    }
    start = end;
  };
  bool titled = false; // whether the first line with text has ended
  bool text_seen = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || is_space(text[i + 1]))) ||
        c == ';') {
      close(i + 1);
    } else if (c == '\n' && !titled && text_seen) {
      const bool title = out.empty();
      close(i);
      if (title) {
        out.clear();
      }
      titled = true;
    } else if (c == '\n' && blank_line_at(text, i)) {
      close(i);
    }
    text_seen = text_seen || !is_space(c);
  }
  close(text.size());
  return out;
}

} // namespace

std::vector<TextSpan> exclusion_spans(std::string_view text) {
  static const CueSet sentence_cue_set(sentence_cues);
  static const CueSet clause_cue_set(clause_cues);
  static const CueSet any_cue_set = [] {
    CueSet set(sentence_cues);
    set.add(clause_cues);
    return set;
  }();
  const std::string lower = ascii_lower(std::string(text));
  std::vector<TextSpan> out;
  if (find_cue(lower, any_cue_set) == std::string_view::npos) {
    return out; // most texts: one scan, without cutting them in sentences
  }
  for (const TextSpan& s : sentences(lower)) {
    const std::string_view sentence = std::string_view(lower).substr(s.begin, s.end - s.begin);
    if (find_cue(sentence, sentence_cue_set, &partial_cues) != std::string_view::npos) {
      out.push_back(s);
    } else if (const std::size_t at = find_cue(sentence, clause_cue_set);
               at != std::string_view::npos) {
      out.push_back({s.begin + at, s.end});
    }
  }
  return out;
}

std::optional<std::string> without_exclusions(std::string_view text) {
  const std::vector<TextSpan> spans = exclusion_spans(text);
  if (spans.empty()) {
    return std::nullopt;
  }
  std::string out;
  std::size_t from = 0;
  for (const TextSpan& s : spans) {
    out.append(text.substr(from, s.begin - from));
    out += "\n\n";
    from = s.end;
  }
  out.append(text.substr(from));
  return out;
}

} // namespace overlap
