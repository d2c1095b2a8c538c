#include "parallel_work.hpp"

#include <pthread.h>

#include <atomic>
#include <exception>

namespace amparo::server {

struct ParallelWork::Job {
  // Valid while the caller waits; a helper arriving after the last item is
  // claimed never touches it.
  const std::function<void(std::size_t)>* work = nullptr;
  std::size_t count = 0;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> finished{0};
  std::mutex mutex;
  std::condition_variable allDone;
  std::exception_ptr error;

  void help() {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        (*work)(i);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
      }
      if (++finished == count) {
        std::lock_guard lock(mutex);
        allDone.notify_all();
      }
    }
  }
};

ParallelWork::ParallelWork(unsigned helpers) {
  for (unsigned i = 0; i < helpers; ++i) m_helpers.emplace_back([this] { runHelper(); });
}

ParallelWork::~ParallelWork() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  for (auto& helper : m_helpers) helper.join();
}

void ParallelWork::forEach(std::size_t count, const std::function<void(std::size_t)>& work) {
  if (m_helpers.empty() || count < 2) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  auto job = std::make_shared<Job>();
  job->work = &work;
  job->count = count;
  {
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < std::min<std::size_t>(m_helpers.size(), count - 1); ++i) m_jobs.push_back(job);
  }
  m_wake.notify_all();
  job->help();
  std::unique_lock lock(job->mutex);
  job->allDone.wait(lock, [&] { return job->finished.load() == count; });
  if (job->error) std::rethrow_exception(job->error);
}

void ParallelWork::runHelper() {
  pthread_setname_np(pthread_self(), "amparo-helper");
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [&] { return m_stopping || !m_jobs.empty(); });
      if (m_stopping) return;
      job = std::move(m_jobs.front());
      m_jobs.pop_front();
    }
    job->help();
  }
}

}  // namespace amparo::server
