#include "auth/accounts.hpp"
#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

// POST /v1/admin/accounts/{username}/password
Response adminSetPassword(Services& services, const Request& request, const RouteContext& context) {
  namespace v1 = amparo::sync::v1;
  amparo::admin::v1::SetPasswordRequest body;
  if (auto error = http::decodeBody(request, body)) return *error;
  if (body.password().size() < auth::kMinPasswordLength) {
    return http::errorResponse(
        request, 400, v1::ERROR_CODE_INVALID_ARGUMENT,
        "the password needs at least " + std::to_string(auth::kMinPasswordLength) + " characters");
  }
  auto account = services.accounts.account(context.param("username"));
  if (!account) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  if (!account->has_value()) return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such account");
  auto updated = **account;
  auto hash = auth::hashPassword(body.password(), services.passwordCost);
  if (!hash) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "cannot hash the password");
  updated.passwordHash = std::move(*hash);
  if (!services.accounts.putAccount(updated, context.principal->account.username, "account.password")) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  services.loginThrottle.succeeded(updated.username);  // a reset also lifts a lock
  return http::encodeMessage(request, toWire(updated));
}

}  // namespace amparo::server::handlers
