#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace overlap {

// The number of workers --jobs means by default: the machine's cores (at least 1).
inline std::size_t default_jobs() {
  return std::max(1U, std::thread::hardware_concurrency());
}

// Runs `work`(i) for every i in [0, `count`) on up to `jobs` threads and returns the results by
// index, so that their order, and anything made from them, does not depend on `jobs`. `done`, when
// set, is called after each item with the number finished so far, from one thread at a time. The
// first exception thrown by `work` stops the remaining items and is rethrown here.
template <typename Result>
std::vector<Result> parallel_map(std::size_t count, std::size_t jobs,
                                 const std::function<Result(std::size_t)>& work,
                                 const std::function<void(std::size_t)>& done = {}) {
  std::vector<Result> results(count);
  std::atomic<std::size_t> next{0};
  std::size_t finished = 0;
  std::exception_ptr failure;
  std::mutex mutex; // guards `finished`, `failure` and calls of `done`
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        results[i] = work(i);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (!failure) {
          failure = std::current_exception();
        }
        next = count;
        return;
      }
      const std::lock_guard<std::mutex> lock(mutex);
      ++finished;
      if (done) {
        done(finished);
      }
    }
  };
  jobs = std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(count, 1));
  if (jobs == 1) {
    worker();
  } else {
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    for (std::size_t j = 0; j < jobs; ++j) {
      threads.emplace_back(worker);
    }
    for (std::thread& t : threads) {
      t.join();
    }
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
  return results;
}

} // namespace overlap
