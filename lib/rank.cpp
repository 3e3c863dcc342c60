#include "rank.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace overlap {

const char* level_name(Level level) {
  switch (level) {
  case Level::high:
    return "high";
  case Level::medium:
    return "medium";
  case Level::low:
    return "low";
  }
  return "low";
}

Level level_of(float score, const LevelThresholds& thresholds) {
  if (score >= thresholds.high) {
    return Level::high;
  }
  return score >= thresholds.medium ? Level::medium : Level::low;
}

Level level_of_breadth(Level level, std::size_t words, bool title_met) {
  return words < min_words_above_low && !title_met ? Level::low : level;
}

bool is_partner(const Entry& entry, const std::optional<std::string>& from) {
  if (!from) {
    return true;
  }
  return std::any_of(entry.orgs.begin(), entry.orgs.end(),
                     [&](const std::string& org) { return org != *from; });
}

std::vector<Ranked> rank(const Corpus& corpus, const std::vector<float>& scores,
                         const RankOptions& options) {
  struct Group {
    std::size_t root = 0;
    float best = 0;
    std::size_t evidence = 0;
    // The best scored entries counting for the group, best first: enough for corroboration.
    std::array<std::size_t, max_corroborating + 1> top{};
    std::size_t tops = 0;
    float score = 0;               // best plus corroboration
    std::size_t corroborating = 0; // top[1 .. corroborating] add to the score
  };
  auto better = [&](std::size_t a, std::size_t b) {
    return scores[a] != scores[b] ? scores[a] > scores[b]
                                  : corpus.entries[a].id < corpus.entries[b].id;
  };
  const std::size_t kept = std::min(options.corroborating, max_corroborating) + 1;
  const LevelThresholds levels = options.levels.value_or(LevelThresholds{});
  // Scratch of this thread, reused: a batch ranks thousands of times.
  thread_local std::vector<Group> groups;
  groups.clear();
  // Scored members other than their group's root, with the root: only the shown groups' are listed.
  thread_local std::vector<std::pair<std::size_t, std::size_t>> members;
  members.clear();
  thread_local std::vector<std::uint32_t> slot; // root -> 1 + index in `groups`; cleared after use
  if (slot.size() < corpus.entries.size()) {
    slot.assign(corpus.entries.size(), 0);
  }
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (scores[i] < levels.low) {
      continue;
    }
    // A closed group's work went to its successor: its evidence counts there.
    const std::size_t shown = options.include_closed ? i : corpus.current(i);
    const Entry& e = corpus.entries[shown];
    if (!is_partner(e, options.from) || (!e.active && !options.include_closed)) {
      continue;
    }
    const std::size_t root = corpus.group(shown);
    if (slot[root] == 0) {
      groups.push_back(Group{root, 0, 0, {}, 0, 0, 0});
      slot[root] = static_cast<std::uint32_t>(groups.size());
    }
    Group& g = groups[slot[root] - 1];
    if (scores[i] > g.best) {
      g.best = scores[i];
      g.evidence = i;
    }
    // Insert i into the group's few best, in order (the list is short: no allocation).
    std::size_t at = g.tops;
    while (at > 0 && better(i, g.top[at - 1])) {
      --at;
    }
    if (at < kept) {
      for (std::size_t k = std::min(g.tops, kept - 1); k > at; --k) {
        g.top[k] = g.top[k - 1];
      }
      g.top[at] = i;
      g.tops = std::min(g.tops + 1, kept);
    }
    if (shown != root && shown == i) {
      members.emplace_back(root, i);
    }
  }
  for (Group& g : groups) {
    g.score = g.best;
    g.evidence = g.top[0];                     // of equal bests, the first by id
    for (std::size_t k = 1; k < g.tops; ++k) { // top[0] is the best itself
      const std::size_t m = g.top[k];
      if (scores[m] < options.corroboration_ratio * g.best) {
        break;
      }
      g.score += options.corroboration * scores[m];
      g.corroborating = k;
    }
    g.score = std::min(g.score, 1.0F);
    slot[g.root] = 0;
  }

  std::vector<Group*> order;
  for (Group& g : groups) {
    const Entry& e = corpus.entries[g.root];
    if (is_partner(e, options.from) && (e.active || options.include_closed)) {
      order.push_back(&g);
    }
  }
  const std::size_t shown_groups = std::min(order.size(), options.top);
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown_groups),
                    order.end(), [&](const Group* a, const Group* b) {
                      return a->score != b->score
                                 ? a->score > b->score
                                 : corpus.entries[a->root].id < corpus.entries[b->root].id;
                    });
  order.resize(shown_groups);

  std::vector<Ranked> out;
  for (Group* g : order) {
    const auto corroborating = g->top.begin() + 1; // top[0] is the best itself
    out.push_back(
        Ranked{g->root,
               g->score,
               g->evidence,
               level_of(g->score, levels),
               false,
               {corroborating, corroborating + static_cast<std::ptrdiff_t>(g->corroborating)}});
    std::vector<std::size_t> children;
    for (const auto& [root, member] : members) {
      if (root == g->root) {
        children.push_back(member);
      }
    }
    std::sort(children.begin(), children.end(), better);
    std::size_t shown = 0;
    for (std::size_t m : children) {
      if (shown == options.children || scores[m] < g->best / 2) {
        break;
      }
      out.push_back(Ranked{m, scores[m], m, level_of(scores[m], levels), true, {}});
      ++shown;
    }
  }
  return out;
}

} // namespace overlap
