#pragma once
// Accounts and enrolled devices. Device tokens are never stored: devices are
// keyed by the SHA-256 of their token.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/audit_log.hpp"
#include "storage/entities.hpp"
#include "storage/store.hpp"

namespace amparo::server::storage {

class AccountStore {
public:
  AccountStore(Store& store, AuditLog& audit);

  Result<std::optional<Account>> account(std::string_view username) const;
  Result<std::vector<Account>> accounts() const;
  // Creates or replaces; audited as `action` by `actor`.
  Status putAccount(const Account& account, std::string_view actor, std::string_view action = "account.put");

  Status addDevice(std::string_view tokenHash, const Device& device);
  // Every device with its key (the token hash), in key order.
  Result<std::vector<std::pair<std::string, Device>>> devices() const;
  // Replaces a device under its key; audited as `action` by `actor`.
  Status putDevice(std::string_view tokenHash, const Device& device, std::string_view actor, std::string_view action);
  Result<std::optional<Device>> deviceByTokenHash(std::string_view tokenHash) const;

private:
  Store& m_store;
  AuditLog& m_audit;
};

}  // namespace amparo::server::storage
