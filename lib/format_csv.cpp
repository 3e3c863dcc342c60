#include "csv.h"
#include "format.h"
#include "json_writer.h"
#include "text_util.h"

namespace overlap {

std::string csv_header() {
  return csv_row({"proposal", "rank", "group", "org", "score", "level", "parent", "accepted"});
}

std::string csv_rows(const Report& r) {
  std::string out;
  std::size_t rank = 0;
  for (const Match& m : r.matches) {
    rank += m.child ? 0 : 1;
    out += csv_row({r.name(), std::to_string(rank), m.entry->id, join(m.entry->orgs, "/"),
                    json_number(static_cast<double>(m.score)), level_name(m.level), m.entry->parent,
                    m.accepted.value_or("")});
  }
  return out;
}

std::string format_csv(const std::vector<Report>& reports) {
  std::string out = csv_header();
  for (const Report& r : reports) {
    out += csv_rows(r);
  }
  return out;
}

} // namespace overlap
