#include "spelling.h"

#include <algorithm>
#include <array>
#include <span>
#include <utility>

namespace overlap {

namespace {

using namespace std::string_view_literals;
using Pair = std::pair<std::string_view, std::string_view>;

// Word beginnings (British, American), sorted by the British form, that no unrelated English
// word shares: whatever follows them is kept ("sulphuric" -> "sulfuric").
constexpr auto prefixes = std::to_array<Pair>({
    {"aeroplan"sv, "airplan"sv},
    {"anaesth"sv, "anesth"sv},
    {"haem"sv, "hem"sv},
    {"manoeuvr"sv, "maneuver"sv},
    {"oesophag"sv, "esophag"sv},
    {"oestr"sv, "estr"sv},
    {"orthopaed"sv, "orthoped"sv},
    {"paediatr"sv, "pediatr"sv},
    {"sulph"sv, "sulf"sv},
});

// Whole words (British, American); the analyzer maps the stem of the first to the stem of the
// second, so every inflection follows ("centres", "centred" -> "center").
constexpr auto word_pairs = std::to_array<Pair>({
    {"aluminium"sv, "aluminum"sv}, {"armour"sv, "armor"sv},      {"behaviour"sv, "behavior"sv},
    {"calibre"sv, "caliber"sv},    {"catalogue"sv, "catalog"sv}, {"centre"sv, "center"sv},
    {"colour"sv, "color"sv},       {"defence"sv, "defense"sv},   {"dialogue"sv, "dialog"sv},
    {"draught"sv, "draft"sv},      {"favour"sv, "favor"sv},      {"fibre"sv, "fiber"sv},
    {"flavour"sv, "flavor"sv},     {"fulfil"sv, "fulfill"sv},    {"grey"sv, "gray"sv},
    {"harbour"sv, "harbor"sv},     {"honour"sv, "honor"sv},      {"humour"sv, "humor"sv},
    {"kerb"sv, "curb"sv},          {"labour"sv, "labor"sv},      {"licence"sv, "license"sv},
    {"litre"sv, "liter"sv},        {"metre"sv, "meter"sv},       {"mould"sv, "mold"sv},
    {"neighbour"sv, "neighbor"sv}, {"odour"sv, "odor"sv},        {"plough"sv, "plow"sv},
    {"practise"sv, "practice"sv},  {"programme"sv, "program"sv}, {"sceptic"sv, "skeptic"sv},
    {"theatre"sv, "theater"sv},    {"tonne"sv, "ton"sv},         {"tumour"sv, "tumor"sv},
    {"tyre"sv, "tire"sv},          {"vapour"sv, "vapor"sv},
});

// Verbs whose British forms double the final l: "labelling" -> "labeling".
constexpr auto doubled_l = std::to_array<std::string_view>({
    "cancel"sv,
    "channel"sv,
    "counsel"sv,
    "dial"sv,
    "equal"sv,
    "fuel"sv,
    "funnel"sv,
    "label"sv,
    "level"sv,
    "marshal"sv,
    "model"sv,
    "panel"sv,
    "pedal"sv,
    "signal"sv,
    "total"sv,
    "travel"sv,
    "tunnel"sv,
    "jewel"sv,
});

// Endings of words that keep -ise in American English too (advise, precise, surprise, likewise).
constexpr auto ise_words = std::to_array<std::string_view>({
    "advertis"sv,  "aris"sv,     "bruis"sv,    "chastis"sv,    "cis"sv,
    "compromis"sv, "cruis"sv,    "demis"sv,    "despis"sv,     "disguis"sv,
    "exercis"sv,   "expertis"sv, "franchis"sv, "merchandis"sv, "nois"sv,
    "paradis"sv,   "pois"sv,     "prais"sv,    "premis"sv,     "pris"sv,
    "promis"sv,    "rais"sv,     "treatis"sv,  "vis"sv,        "wis"sv,
});

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// organise, organised, organises, organising, organisation(s) -> the -iz- forms.
std::string ise_to_ize(std::string_view word) {
  for (std::string_view tail :
       {"isations"sv, "isation"sv, "ising"sv, "ised"sv, "ises"sv, "iser"sv, "isers"sv, "ise"sv}) {
    if (!ends_with(word, tail)) {
      continue;
    }
    std::string_view stem = word.substr(0, word.size() - tail.size());
    if (stem.size() < 3) {
      return std::string(word);
    }
    std::string_view base = word.substr(0, stem.size() + 2); // "...is"
    for (std::string_view keep : ise_words) {
      if (ends_with(base, keep)) {
        return std::string(word);
      }
    }
    std::string out(word);
    out[stem.size() + 1] = 'z';
    return out;
  }
  return std::string(word);
}

} // namespace

std::span<const std::pair<std::string_view, std::string_view>> british_american_words() {
  return word_pairs;
}

std::string american_spelling(std::string_view word) {
  auto it = std::upper_bound(prefixes.begin(), prefixes.end(), word,
                             [](std::string_view w, const Pair& p) { return w < p.first; });
  if (it != prefixes.begin()) {
    const Pair& candidate = *std::prev(it);
    if (starts_with(word, candidate.first)) {
      return std::string(candidate.second) + std::string(word.substr(candidate.first.size()));
    }
  }
  for (std::string_view verb : doubled_l) {
    if (starts_with(word, verb) && word.size() > verb.size() + 1 && word[verb.size()] == 'l') {
      std::string_view rest = word.substr(verb.size() + 1);
      if (rest == "ing" || rest == "ed" || rest == "er" || rest == "ers") {
        return std::string(verb) + std::string(rest);
      }
    }
  }
  // analyse, electrolyser, catalysing -> the -yz- forms ("analysis" has no such ending).
  for (std::string_view tail : {"yse"sv, "ysed"sv, "yser"sv, "ysers"sv, "ysing"sv}) {
    if (word.size() > tail.size() + 2 && ends_with(word, tail)) {
      std::string out(word);
      out[word.size() - tail.size() + 1] = 'z';
      return out;
    }
  }
  if (word.size() > 6 && word.find("is") != std::string_view::npos) {
    return ise_to_ize(word);
  }
  return std::string(word);
}

} // namespace overlap
