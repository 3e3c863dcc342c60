#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace overlap {

// A progress bar redrawn in place on one line ("\r"): "overlap-check: [#####-----] 12/40
// proposals". Nothing is drawn until the work has run for `delay`, so that quick runs stay silent.
class Progress {
public:
  // Draws on `out` when `enabled`, for `total` items called `noun`.
  Progress(std::ostream& out, std::size_t total, bool enabled, std::string noun = "proposals",
           std::chrono::milliseconds delay = std::chrono::milliseconds(500));

  // Reports that `done` items are finished; redraws at most every 100 ms, and at the end.
  void update(std::size_t done);
  // Ends the line when anything was drawn.
  void finish();

  // The bar for `done` of `total`, `width` marks wide.
  static std::string render(std::size_t done, std::size_t total, const std::string& noun,
                            std::size_t width = 30);

private:
  using Clock = std::chrono::steady_clock;
  std::ostream& m_out;
  std::size_t m_total;
  bool m_enabled;
  std::string m_noun;
  Clock::time_point m_start;
  Clock::time_point m_last_draw;
  std::chrono::milliseconds m_delay;
  bool m_drawn = false;
};

} // namespace overlap
