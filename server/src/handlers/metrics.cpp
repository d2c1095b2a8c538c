#include "handlers/handlers.hpp"

namespace amparo::server::handlers {

// Prometheus text format. Counts only: no ids, no content.
Response metrics(Services& services, const Request&, const RouteContext&) {
  Response response;
  response.contentType = "text/plain; version=0.0.4; charset=utf-8";
  response.body = services.metrics.render(services.records.recordCount());
  return response;
}

}  // namespace amparo::server::handlers
