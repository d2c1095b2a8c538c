#pragma once
// Creating accounts with a hashed password: shared by --demo, init-admin and tests.

#include <string>
#include <string_view>
#include <vector>

#include "auth/passwords.hpp"
#include "storage/account_store.hpp"

namespace amparo::server::auth {

// For accounts an admin creates; the first admin (init-admin) needs 12.
inline constexpr std::size_t kMinPasswordLength = 10;

storage::Status createAccount(storage::AccountStore& accounts, std::string_view username, std::string_view password,
                              storage::Role role, std::vector<std::string> offices, const PasswordCost& cost,
                              std::string_view actor);

}  // namespace amparo::server::auth
