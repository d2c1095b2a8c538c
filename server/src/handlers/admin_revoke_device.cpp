#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

// POST /v1/admin/devices/{id}/revoke: effective on the device's next request;
// its next pull tells it to wipe.
Response adminRevokeDevice(Services& services, const Request& request, const RouteContext& context) {
  namespace v1 = amparo::sync::v1;
  auto devices = services.accounts.devices();
  if (!devices) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  const auto id = context.param("id");
  for (auto& [hash, device] : *devices) {
    if (device.deviceId != id) continue;
    device.revoked = true;
    if (!services.accounts.putDevice(hash, device, context.principal->account.username, "device.revoke")) {
      return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
    }
    return http::encodeMessage(request, toWire(device));
  }
  return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such device");
}

}  // namespace amparo::server::handlers
