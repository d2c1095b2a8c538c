#pragma once
// Bearer device-token authentication.

#include <optional>
#include <string_view>

#include "storage/account_store.hpp"
#include "storage/entities.hpp"

namespace amparo::server::auth {

// Who is calling: the account and the device it enrolled.
struct Principal {
  storage::Account account;
  storage::Device device;

  bool hasOffice(std::string_view office) const;  // admins have every office
  bool isAtLeast(storage::Role role) const;       // monitor < coordinator < admin
};

enum class AuthFailure { None, Missing, Invalid, Expired, Revoked, Disabled, Unavailable };

struct AuthOutcome {
  std::optional<Principal> principal;  // set when failure is None
  AuthFailure failure = AuthFailure::None;
};

class Authenticator {
public:
  explicit Authenticator(const storage::AccountStore& accounts);
  // `authorization` is the raw Authorization header ("Bearer <token>").
  AuthOutcome authenticate(std::string_view authorization) const;

private:
  const storage::AccountStore& m_accounts;
};

}  // namespace amparo::server::auth
