#pragma once
// Prometheus text metrics: requests by route and status, request latency,
// push batch sizes, open connections; records stored is read at render time.

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace amparo::server {

class Metrics {
public:
  void observeRequest(const std::string& route, int status, double seconds);
  void observePushBatch(std::size_t records);
  void connectionOpened() { ++m_openConnections; }
  void connectionClosed() { --m_openConnections; }
  std::int64_t openConnections() const { return m_openConnections.load(); }

  std::string render(std::uint64_t recordsStored) const;

private:
  static constexpr std::array<double, 11> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                             0.1,   0.25,   0.5,   1.0,  2.5};
  static constexpr std::array<double, 7> kBatchBuckets = {1, 10, 50, 100, 250, 500, 1000};

  struct Histogram {
    std::array<std::uint64_t, 12> counts{};  // one per bucket, then +Inf
    double sum = 0;
    std::uint64_t count = 0;
  };

  mutable std::mutex m_mutex;
  std::map<std::pair<std::string, int>, std::uint64_t> m_requests;
  std::map<std::string, Histogram> m_latency;  // by route
  Histogram m_batches;
  std::atomic<std::int64_t> m_openConnections{0};
};

}  // namespace amparo::server
