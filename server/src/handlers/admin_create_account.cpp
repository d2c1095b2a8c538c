#include <algorithm>
#include <cctype>

#include "amparo/domain/reference_data.hpp"
#include "auth/accounts.hpp"
#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

namespace v1 = amparo::sync::v1;

bool validUsername(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(),
                     [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '@'; });
}

}  // namespace

// POST /v1/admin/accounts
Response adminCreateAccount(Services& services, const Request& request, const RouteContext& context) {
  amparo::admin::v1::CreateAccountRequest body;
  if (auto error = http::decodeBody(request, body)) return *error;
  std::vector<v1::FieldError> problems;
  if (!validUsername(body.username())) {
    problems.push_back(http::fieldError("username", "invalid_format", "Letters, digits and - _ . @ only, up to 64.",
                               "Solo letras, dígitos y - _ . @, hasta 64."));
  }
  if (body.password().size() < auth::kMinPasswordLength) {
    problems.push_back(http::fieldError("password", "too_short",
                               "At least " + std::to_string(auth::kMinPasswordLength) + " characters.",
                               "Al menos " + std::to_string(auth::kMinPasswordLength) + " caracteres."));
  }
  const auto role = fromWire(body.role());
  if (!role) problems.push_back(http::fieldError("role", "required", "Required.", "Obligatorio."));
  std::vector<std::string> offices;
  for (int i = 0; i < body.office_codes_size(); ++i) {
    if (domain::ReferenceData::builtin().findOffice(body.office_codes(i)) == nullptr) {
      problems.push_back(http::fieldError("office_codes[" + std::to_string(i) + "]", "unknown_code", "Unknown office.",
                                 "Oficina desconocida."));
    }
    offices.push_back(body.office_codes(i));
  }
  if (role && *role != storage::Role::Admin && offices.empty()) {
    problems.push_back(http::fieldError("office_codes", "required", "At least one office.", "Al menos una oficina."));
  }
  if (!problems.empty()) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "invalid account", problems);
  }

  auto existing = services.accounts.account(body.username());
  if (!existing) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  if (existing->has_value()) {
    return http::errorResponse(request, 409, v1::ERROR_CODE_CONFLICT, "the account already exists");
  }
  auto created = auth::createAccount(services.accounts, body.username(), body.password(), *role, offices,
                                     services.passwordCost, context.principal->account.username);
  if (!created) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  auto stored = services.accounts.account(body.username());
  if (!stored || !stored->has_value()) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }
  return http::encodeMessage(request, toWire(**stored), 201);
}

}  // namespace amparo::server::handlers
