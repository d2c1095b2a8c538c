#include "handlers/handlers.hpp"

namespace amparo::server::handlers {

// Liveness for load balancers and systemd: plain text, no auth, no storage.
Response healthz(Services&, const Request&, const RouteContext&) {
  Response response;
  response.contentType = "text/plain; charset=utf-8";
  response.body = "ok\n";
  return response;
}

}  // namespace amparo::server::handlers
