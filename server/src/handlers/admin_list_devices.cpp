#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

// GET /v1/admin/devices?username=
Response adminListDevices(Services& services, const Request& request, const RouteContext&) {
  auto devices = services.accounts.devices();
  if (!devices) {
    return http::errorResponse(request, 503, amparo::sync::v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  const auto username = request.queryValue("username");
  amparo::admin::v1::ListDevicesResponse response;
  for (const auto& [hash, device] : *devices) {
    if (username.empty() || device.username == username) *response.add_devices() = toWire(device);
  }
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
