#include "metrics.hpp"

#include <sstream>

namespace amparo::server {
namespace {

template <std::size_t N>
void add(std::array<std::uint64_t, 12>& counts, const std::array<double, N>& bounds, double value) {
  std::size_t i = 0;
  while (i < N && value > bounds[i]) ++i;
  ++counts[i];
}

template <std::size_t N>
void renderHistogram(std::ostringstream& out, const std::string& name, const std::string& labels,
                     const std::array<double, N>& bounds, const std::array<std::uint64_t, 12>& counts, double sum,
                     std::uint64_t count) {
  const std::string sep = labels.empty() ? "" : ",";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < N; ++i) {
    cumulative += counts[i];
    out << name << "_bucket{" << labels << sep << "le=\"" << bounds[i] << "\"} " << cumulative << '\n';
  }
  cumulative += counts[N];
  out << name << "_bucket{" << labels << sep << "le=\"+Inf\"} " << cumulative << '\n';
  const std::string braces = labels.empty() ? "" : "{" + labels + "}";
  out << name << "_sum" << braces << ' ' << sum << '\n';
  out << name << "_count" << braces << ' ' << count << '\n';
}

}  // namespace

void Metrics::observeRequest(const std::string& route, int status, double seconds) {
  std::lock_guard lock(m_mutex);
  ++m_requests[{route, status}];
  auto& h = m_latency[route];
  add(h.counts, kLatencyBuckets, seconds);
  h.sum += seconds;
  ++h.count;
}

void Metrics::observePushBatch(std::size_t records) {
  std::lock_guard lock(m_mutex);
  add(m_batches.counts, kBatchBuckets, static_cast<double>(records));
  m_batches.sum += static_cast<double>(records);
  ++m_batches.count;
}

std::string Metrics::render(std::uint64_t recordsStored) const {
  std::ostringstream out;
  std::lock_guard lock(m_mutex);
  out << "# HELP amparo_http_requests_total HTTP requests by route pattern and status.\n"
      << "# TYPE amparo_http_requests_total counter\n";
  for (const auto& [key, count] : m_requests) {
    out << "amparo_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << count
        << '\n';
  }
  out << "# HELP amparo_http_request_duration_seconds Time from parsed request to response ready.\n"
      << "# TYPE amparo_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : m_latency) {
    renderHistogram(out, "amparo_http_request_duration_seconds", "route=\"" + route + "\"", kLatencyBuckets, h.counts,
                    h.sum, h.count);
  }
  out << "# HELP amparo_push_batch_records Records per push request.\n"
      << "# TYPE amparo_push_batch_records histogram\n";
  renderHistogram(out, "amparo_push_batch_records", "", kBatchBuckets, m_batches.counts, m_batches.sum,
                  m_batches.count);
  out << "# HELP amparo_records_stored Distinct records stored.\n"
      << "# TYPE amparo_records_stored gauge\n"
      << "amparo_records_stored " << recordsStored << '\n';
  out << "# HELP amparo_open_connections Open client connections.\n"
      << "# TYPE amparo_open_connections gauge\n"
      << "amparo_open_connections " << m_openConnections.load() << '\n';
  return out.str();
}

}  // namespace amparo::server
