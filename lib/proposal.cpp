#include "proposal.h"

#include "title.h"

namespace overlap {

Proposal proposal_from_file(std::string input, std::string text, std::optional<std::string> from) {
  Proposal p;
  p.input = std::move(input);
  p.title = std::string(proposal_title(text));
  p.from = std::move(from);
  p.text = std::move(text);
  return p;
}

} // namespace overlap
