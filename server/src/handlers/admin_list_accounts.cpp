#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

// GET /v1/admin/accounts
Response adminListAccounts(Services& services, const Request& request, const RouteContext&) {
  auto accounts = services.accounts.accounts();
  if (!accounts) {
    return http::errorResponse(request, 503, amparo::sync::v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  amparo::admin::v1::ListAccountsResponse response;
  for (const auto& account : *accounts) *response.add_accounts() = toWire(account);
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
