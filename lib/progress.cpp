#include "progress.h"

namespace overlap {

Progress::Progress(std::ostream& out, std::size_t total, bool enabled, std::string noun,
                   std::chrono::milliseconds delay)
    : m_out(out), m_total(total), m_enabled(enabled), m_noun(std::move(noun)),
      m_start(Clock::now()), m_delay(delay) {}

std::string Progress::render(std::size_t done, std::size_t total, const std::string& noun,
                             std::size_t width) {
  const std::size_t filled = total == 0 ? width : done * width / total;
  return "overlap-check: [" + std::string(filled, '#') + std::string(width - filled, '-') + "] " +
         std::to_string(done) + "/" + std::to_string(total) + " " + noun;
}

void Progress::update(std::size_t done) {
  if (!m_enabled) {
    return;
  }
  const Clock::time_point now = Clock::now();
  if (now - m_start < m_delay) {
    return;
  }
  if (m_drawn && done < m_total && now - m_last_draw < std::chrono::milliseconds(100)) {
    return;
  }
  m_out << '\r' << render(done, m_total, m_noun) << std::flush;
  m_drawn = true;
  m_last_draw = now;
}

void Progress::finish() {
  if (m_drawn) {
    m_out << '\n' << std::flush;
    m_drawn = false;
  }
}

} // namespace overlap
