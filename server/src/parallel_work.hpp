#pragma once
// Spreads one request's per-item work (a push's records) over idle cores.
// The caller works through the items itself and helper threads join in when
// they are free: it never waits for a helper that has not started, so a busy
// pool only means the caller does it all, as without one.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace amparo::server {

class ParallelWork {
public:
  explicit ParallelWork(unsigned helpers);
  ~ParallelWork();
  ParallelWork(const ParallelWork&) = delete;
  ParallelWork& operator=(const ParallelWork&) = delete;

  // Calls work(i) once for each i in [0, count), on this thread and on free
  // helpers, and returns when all are done. The first exception thrown by a
  // call is rethrown here (after the others finish).
  void forEach(std::size_t count, const std::function<void(std::size_t)>& work);

private:
  struct Job;
  void runHelper();

  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<std::shared_ptr<Job>> m_jobs;
  bool m_stopping = false;
  std::vector<std::thread> m_helpers;
};

}  // namespace amparo::server
