#include "committee_id.h"

#include "text_util.h"

#include <array>
#include <cctype>

namespace overlap {

namespace {

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// Whether `s` starts with `prefix`, ignoring ASCII case.
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (upper(s[i]) != upper(prefix[i])) {
      return false;
    }
  }
  return true;
}

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && starts_with_ci(a, b);
}

// White space (including no-break spaces) as single spaces, trimmed.
std::string tidy_spaces(std::string_view raw) {
  return collapse_spaces(raw, [](std::string_view text, std::size_t i) -> std::size_t {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      return 1;
    }
    return c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0' ? 2 : 0; // U+00A0
  });
}

// `s` without a trailing " - title" (hyphen, en dash or em dash).
std::string drop_title(std::string s) {
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    if (auto at = s.find(dash); at != std::string::npos) {
      s.erase(at);
    }
  }
  return s;
}

std::string drop_spaces_around_slashes(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' &&
        ((i + 1 < s.size() && s[i + 1] == '/') || (!out.empty() && out.back() == '/'))) {
      continue;
    }
    out += s[i];
  }
  return out;
}

// The designators of committee ids whose number follows after a space ("TC 211", "SC 42").
constexpr auto designators = std::to_array<std::string_view>(
    {"JTC", "JWG", "AHG", "SEG", "TC", "SC", "PC", "TA", "WG", "AG", "AC"});

// "TC211" -> "TC 211", "sc 42" -> "SC 42", at the start of `s` and after each "/" or " ".
std::string space_designators(const std::string& s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    bool at_start = i == 0 || s[i - 1] == '/' || s[i - 1] == ' ';
    bool done = false;
    if (at_start) {
      for (std::string_view d : designators) {
        if (!starts_with_ci(std::string_view(s).substr(i), d)) {
          continue;
        }
        std::size_t after = i + d.size();
        std::size_t number = after < s.size() && s[after] == ' ' ? after + 1 : after;
        if (number < s.size() && ascii_digit(s[number])) {
          out += d;
          out += ' ';
          i = number;
          done = true;
        }
        break;
      }
    }
    if (!done) {
      out += s[i++];
    }
  }
  return out;
}

// The leading run of digits of `s`.
std::string_view leading_digits(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && ascii_digit(s[n])) {
    ++n;
  }
  return s.substr(0, n);
}

// The ITU-T form of `rest` (what follows "ITU-T "), or "" when it is no ITU-T group spelling.
std::string fold_itu(std::string_view rest) {
  std::string_view number;
  if (starts_with_ci(rest, "Study Group")) {
    number = rest.substr(11);
  } else if (starts_with_ci(rest, "SG")) {
    number = rest.substr(2);
  }
  if (!number.empty()) {
    while (!number.empty() && number.front() == ' ') {
      number.remove_prefix(1);
    }
    std::string_view digits = leading_digits(number);
    if (!digits.empty()) {
      return "ITU-T SG" + std::string(digits);
    }
  }
  std::string_view q;
  if (starts_with_ci(rest, "Question")) {
    q = rest.substr(8);
  } else if (starts_with_ci(rest, "Q.")) {
    q = rest.substr(2);
  } else if (starts_with_ci(rest, "Q") && rest.size() > 1 && ascii_digit(rest[1])) {
    q = rest.substr(1);
  }
  while (!q.empty() && q.front() == ' ') {
    q.remove_prefix(1);
  }
  std::string_view question = leading_digits(q);
  if (!question.empty() && q.size() > question.size() && q[question.size()] == '/') {
    std::string_view group = leading_digits(q.substr(question.size() + 1));
    if (!group.empty()) {
      return "ITU-T Q" + std::string(question) + "/" + std::string(group);
    }
  }
  if (equals_ci(rest, "TSAG") ||
      starts_with_ci(rest, "Telecommunication Standardization Advisory")) {
    return "ITU-T TSAG";
  }
  if (starts_with_ci(rest, "FG")) {
    std::string_view name = rest.substr(2);
    while (!name.empty() && (name.front() == ' ' || name.front() == '-')) {
      name.remove_prefix(1);
    }
    if (!name.empty()) {
      return "ITU-T FG-" + std::string(name);
    }
  }
  return "";
}

// "IEC/TC 34/SC 34B" -> "IEC/SC 34B": IEC subcommittees are named without their committee.
std::string fold_iec_subcommittee(const std::string& s) {
  if (!starts_with_ci(s, "IEC/TC ")) {
    return s;
  }
  auto sc = s.find("/SC ", 7);
  if (sc == std::string::npos) {
    return s;
  }
  return "IEC" + s.substr(sc);
}

std::string fold_cispr(std::string s) {
  for (std::string_view prefix : {"IEC/", "IEC "}) {
    if (starts_with_ci(s, prefix) &&
        starts_with_ci(std::string_view(s).substr(prefix.size()), "CIS")) {
      s.erase(0, prefix.size());
    }
  }
  if (starts_with_ci(s, "CISPR/CIS")) {
    s.erase(5, 4); // "CISPR/CIS/A" -> "CISPR/A", "CISPR/CIS" -> "CISPR"
  } else if (starts_with_ci(s, "CIS/")) {
    s = "CISPR/" + s.substr(4);
  }
  return s;
}

} // namespace

std::string fold_committee_id(std::string_view raw, std::string_view org) {
  std::string s = drop_spaces_around_slashes(drop_title(tidy_spaces(raw)));
  if (s.empty()) {
    return s;
  }

  // ITU: "ITU-T Study Group 20", "SG 20" from ITU-T, "Q.11/15". ITU-R groups stay as they are.
  if (starts_with_ci(s, "ITU-R") || starts_with_ci(s, "ITU R")) {
    return s;
  }
  std::string_view rest = s;
  bool itu = false;
  for (std::string_view prefix : {"ITU-T ", "ITU-T/", "ITU T ", "ITU-T"}) {
    if (starts_with_ci(rest, prefix)) {
      rest.remove_prefix(prefix.size());
      itu = true;
      break;
    }
  }
  if (std::string folded = fold_itu(rest); !folded.empty()) {
    return folded;
  }
  if (itu) {
    return "ITU-T " + std::string(rest);
  }

  if (starts_with_ci(s, "CIS") || starts_with_ci(s, "IEC/CIS") || starts_with_ci(s, "IEC CIS")) {
    return fold_cispr(s);
  }

  // Joint committees: "ISO-IEC/JTC 1", "ISO/IEC/JTC 1", "JTC1" -> "ISO/IEC JTC 1".
  for (auto [written, canonical] :
       std::to_array<std::pair<std::string_view, std::string_view>>({{"ISO-IEC/", "ISO/IEC "},
                                                                     {"ISO/IEC/", "ISO/IEC "},
                                                                     {"ISO-IEC ", "ISO/IEC "},
                                                                     {"IEC-ISO/", "IEC/ISO "},
                                                                     {"IEC/ISO/", "IEC/ISO "},
                                                                     {"IEC-ISO ", "IEC/ISO "}})) {
    if (starts_with_ci(s, written)) {
      s = std::string(canonical) + s.substr(written.size());
      break;
    }
  }
  s = space_designators(s);
  if (starts_with_ci(s, "JTC ")) {
    s = (leading_digits(std::string_view(s).substr(4)) == "3" ? "IEC/ISO " : "ISO/IEC ") + s;
  }

  // "ISO TC 211" -> "ISO/TC 211"; "TC 211" from ISO -> "ISO/TC 211".
  for (std::string_view o : {"ISO ", "IEC "}) {
    if (starts_with_ci(s, o) && s.size() > 4 && ascii_letter(s[4]) &&
        !starts_with_ci(std::string_view(s).substr(4), "JTC")) {
      s[3] = '/';
    }
  }
  if ((equals_ci(org, "ISO") || equals_ci(org, "IEC")) &&
      (starts_with_ci(s, "TC ") || starts_with_ci(s, "SC ") || starts_with_ci(s, "PC "))) {
    s = std::string(equals_ci(org, "ISO") ? "ISO/" : "IEC/") + s;
  }
  for (std::string_view o : {"ISO/", "IEC/"}) {
    if (starts_with_ci(s, o)) {
      s.replace(0, 3, std::string(o.substr(0, 3)));
    }
  }
  return fold_iec_subcommittee(s);
}

std::vector<std::string> committee_ancestors(std::string_view id) {
  std::vector<std::string> out;
  std::string s(id);
  if (starts_with_ci(s, "ITU-T Q")) {
    if (auto slash = s.find('/'); slash != std::string::npos) {
      out.push_back("ITU-T SG" + s.substr(slash + 1));
    }
    return out;
  }
  auto add = [&](std::string a) {
    out.push_back(a);
    if (starts_with_ci(a, "IEC/SC ")) { // "IEC/SC 34B" rolls up to "IEC/TC 34"
      std::string_view digits = leading_digits(std::string_view(a).substr(7));
      if (!digits.empty()) {
        out.push_back("IEC/TC " + std::string(digits));
      }
    }
  };
  for (auto slash = s.rfind('/'); slash != std::string::npos && slash > 0;
       slash = s.rfind('/', slash - 1)) {
    std::string prefix = s.substr(0, slash);
    if (prefix == "ISO" || prefix == "IEC" || prefix == "ISO/IEC" || prefix == "IEC/ISO") {
      break;
    }
    add(prefix);
  }
  if (out.empty() && starts_with_ci(s, "IEC/SC ")) {
    std::string_view digits = leading_digits(std::string_view(s).substr(7));
    if (!digits.empty()) {
      out.push_back("IEC/TC " + std::string(digits));
    }
  }
  return out;
}

namespace {

// Upper case without spaces: "ISO/TC 211" and "ISO/TC211" meet.
std::string compact_key(std::string_view id) {
  std::string key;
  for (char c : id) {
    if (c != ' ') {
      key += upper(c);
    }
  }
  return key;
}

} // namespace

CommitteeIds::CommitteeIds(const Corpus& corpus) : m_corpus(corpus) {
  for (std::size_t i = 0; i < corpus.entries.size(); ++i) {
    const Entry& e = corpus.entries[i];
    m_by_key.emplace(compact_key(e.id), i);
    m_by_key.emplace(compact_key(fold_committee_id(e.id)), i);
  }
  for (std::size_t i = 0; i < corpus.entries.size(); ++i) {
    for (const std::string& alias : corpus.entries[i].aliases) {
      m_by_key.emplace(compact_key(alias), i);
      m_by_key.emplace(compact_key(fold_committee_id(alias)), i);
    }
  }
}

std::optional<std::size_t> CommitteeIds::lookup(const std::string& id) const {
  if (auto i = m_corpus.find(id)) {
    return i;
  }
  if (auto it = m_by_key.find(compact_key(id)); it != m_by_key.end()) {
    return it->second;
  }
  return std::nullopt;
}

std::optional<CommitteeMatch> CommitteeIds::find(std::string_view raw, std::string_view org) const {
  if (auto i = m_corpus.find(raw)) {
    return CommitteeMatch{*i, false};
  }
  const std::string folded = fold_committee_id(raw, org);
  if (folded.empty()) {
    return std::nullopt;
  }
  if (auto i = lookup(folded)) {
    return CommitteeMatch{*i, false};
  }
  for (const std::string& ancestor : committee_ancestors(folded)) {
    if (auto i = lookup(ancestor)) {
      return CommitteeMatch{*i, true};
    }
  }
  return std::nullopt;
}

std::string CommitteeIds::canonical(std::string_view raw, std::string_view org) const {
  if (auto m = find(raw, org); m && !m->ancestor) {
    return m_corpus.entries[m->entry].id;
  }
  return fold_committee_id(raw, org);
}

std::size_t CommitteeIds::depth(std::size_t entry) const {
  std::size_t depth = 0;
  for (const Entry* e = &m_corpus.entries[entry];
       !e->parent.empty() && depth < m_corpus.entries.size();) {
    auto parent = m_corpus.find(e->parent);
    if (!parent) {
      break;
    }
    e = &m_corpus.entries[*parent];
    ++depth;
  }
  return depth;
}

} // namespace overlap
