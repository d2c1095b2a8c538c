#include "auth/accounts.hpp"

namespace amparo::server::auth {

storage::Status createAccount(storage::AccountStore& accounts, std::string_view username, std::string_view password,
                              storage::Role role, std::vector<std::string> offices, const PasswordCost& cost,
                              std::string_view actor) {
  auto hash = hashPassword(password, cost);
  if (!hash) return storage::Error{storage::ErrorKind::Other, "cannot hash password (out of memory?)"};
  storage::Account account;
  account.username = std::string(username);
  account.passwordHash = std::move(*hash);
  account.role = role;
  account.offices = std::move(offices);
  account.createdAtMs = storage::nowMs();
  return accounts.putAccount(account, actor, "account.create");
}

}  // namespace amparo::server::auth
