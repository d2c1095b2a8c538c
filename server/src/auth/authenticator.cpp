#include "auth/authenticator.hpp"

#include <algorithm>

#include "auth/tokens.hpp"
#include "storage/audit_log.hpp"

namespace amparo::server::auth {

bool Principal::hasOffice(std::string_view office) const {
  if (account.role == storage::Role::Admin) return true;
  return std::find(account.offices.begin(), account.offices.end(), office) != account.offices.end();
}

bool Principal::isAtLeast(storage::Role role) const {
  return static_cast<int>(account.role) >= static_cast<int>(role);
}

Authenticator::Authenticator(const storage::AccountStore& accounts) : m_accounts(accounts) {}

AuthOutcome Authenticator::authenticate(std::string_view authorization) const {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.empty()) return {std::nullopt, AuthFailure::Missing};
  if (authorization.size() <= kScheme.size() || authorization.substr(0, kScheme.size()) != kScheme) {
    return {std::nullopt, AuthFailure::Invalid};
  }
  const auto token = authorization.substr(kScheme.size());
  if (token.size() > 256) return {std::nullopt, AuthFailure::Invalid};

  auto device = m_accounts.deviceByTokenHash(tokenHash(token));
  if (!device) return {std::nullopt, AuthFailure::Unavailable};
  if (!device->has_value()) return {std::nullopt, AuthFailure::Invalid};
  auto account = m_accounts.account((*device)->username);
  if (!account) return {std::nullopt, AuthFailure::Unavailable};
  if (!account->has_value()) return {std::nullopt, AuthFailure::Invalid};

  Principal principal{std::move(**account), std::move(**device)};
  if (principal.account.disabled) return {std::nullopt, AuthFailure::Disabled};
  if (principal.device.revoked) return {std::move(principal), AuthFailure::Revoked};
  if (principal.device.expiresAtMs != 0 && principal.device.expiresAtMs < storage::nowMs()) {
    return {std::nullopt, AuthFailure::Expired};
  }
  return {std::move(principal), AuthFailure::None};
}

}  // namespace amparo::server::auth
