#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

// POST /v1/admin/accounts/{username}/disable: its devices stop working at
// once (the token check reads the account on every request).
Response adminDisableAccount(Services& services, const Request& request, const RouteContext& context) {
  namespace v1 = amparo::sync::v1;
  const std::string username(context.param("username"));
  if (username == context.principal->account.username) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "an admin cannot disable itself");
  }
  auto account = services.accounts.account(username);
  if (!account) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  if (!account->has_value()) return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such account");
  auto updated = **account;
  updated.disabled = true;
  if (!services.accounts.putAccount(updated, context.principal->account.username, "account.disable")) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  return http::encodeMessage(request, toWire(updated));
}

}  // namespace amparo::server::handlers
