#include "format.h"
#include "text_util.h"

namespace overlap {

std::string markdown_header() {
  return "| Originating organization | Topic | Relevant work in partner organizations | "
         "Groups |\n| --- | --- | --- | --- |\n";
}

std::string markdown_row(const Report& r) {
  std::string topic = r.title.empty() ? r.name() : r.title;
  if (!r.id.empty()) {
    topic = r.url.empty() ? r.id + ": " + topic : "[" + r.id + "](" + r.url + "): " + topic;
  }
  std::string orgs;
  for (const auto& [org, ids] : r.partners()) {
    orgs += (orgs.empty() ? "" : ", ") + org;
  }
  std::string groups;
  for (const Match& m : r.matches) {
    if (m.child || m.level == Level::low || !is_partner(*m.entry, r.from)) {
      continue;
    }
    groups += (groups.empty() ? "" : "<br>") + m.entry->id + " (" + level_name(m.level) +
              (m.accepted ? ", accepted" : "") + ")";
  }
  return "| " + markdown_cell(r.from.value_or("-")) + " | " + markdown_cell(topic) + " | " +
         (orgs.empty() ? "None" : orgs) + " | " + (groups.empty() ? "N/A" : markdown_cell(groups)) +
         " |\n";
}

std::string format_markdown(const std::vector<Report>& reports) {
  std::string out = markdown_header();
  for (const Report& r : reports) {
    out += markdown_row(r);
  }
  return out;
}

} // namespace overlap
