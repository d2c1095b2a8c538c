#include "storage/account_store.hpp"

namespace amparo::server::storage {

AccountStore::AccountStore(Store& store, AuditLog& audit) : m_store(store), m_audit(audit) {}

Result<std::optional<Account>> AccountStore::account(std::string_view username) const {
  auto raw = m_store.get(ColumnFamilyId::Accounts, username);
  if (!raw) return raw.error();
  if (!raw->has_value()) return std::optional<Account>();
  auto account = decodeAccount(**raw);
  if (!account) return Error{ErrorKind::Corruption, "accounts: malformed value"};
  return std::optional<Account>(std::move(*account));
}

Result<std::vector<Account>> AccountStore::accounts() const {
  std::vector<Account> out;
  bool corrupt = false;
  auto status = m_store.scan(ColumnFamilyId::Accounts, {}, {}, [&](std::string_view, std::string_view value) {
    auto account = decodeAccount(value);
    if (!account) {
      corrupt = true;
      return false;
    }
    out.push_back(std::move(*account));
    return true;
  });
  if (!status) return status.error();
  if (corrupt) return Error{ErrorKind::Corruption, "accounts: malformed value"};
  return out;
}

Status AccountStore::putAccount(const Account& account, std::string_view actor, std::string_view action) {
  auto batch = m_store.batch();
  batch.put(ColumnFamilyId::Accounts, account.username, encode(account));
  m_audit.append(batch, AuditEntry{nowMs(), std::string(action), std::string(actor), account.username,
                                   std::string(roleName(account.role))});
  return m_store.write(batch);
}

Status AccountStore::addDevice(std::string_view tokenHash, const Device& device) {
  auto batch = m_store.batch();
  batch.put(ColumnFamilyId::Devices, tokenHash, encode(device));
  m_audit.append(batch, AuditEntry{nowMs(), "device.enroll", device.username, device.deviceId, {}});
  return m_store.write(batch);
}

Result<std::vector<std::pair<std::string, Device>>> AccountStore::devices() const {
  std::vector<std::pair<std::string, Device>> out;
  bool corrupt = false;
  auto status = m_store.scan(ColumnFamilyId::Devices, {}, {}, [&](std::string_view key, std::string_view value) {
    auto device = decodeDevice(value);
    if (!device) {
      corrupt = true;
      return false;
    }
    out.emplace_back(std::string(key), std::move(*device));
    return true;
  });
  if (!status) return status.error();
  if (corrupt) return Error{ErrorKind::Corruption, "devices: malformed value"};
  return out;
}

Status AccountStore::putDevice(std::string_view tokenHash, const Device& device, std::string_view actor,
                               std::string_view action) {
  auto batch = m_store.batch();
  batch.put(ColumnFamilyId::Devices, tokenHash, encode(device));
  m_audit.append(batch, AuditEntry{nowMs(), std::string(action), std::string(actor), device.deviceId, {}});
  return m_store.write(batch);
}

Result<std::optional<Device>> AccountStore::deviceByTokenHash(std::string_view tokenHash) const {
  auto raw = m_store.get(ColumnFamilyId::Devices, tokenHash);
  if (!raw) return raw.error();
  if (!raw->has_value()) return std::optional<Device>();
  auto device = decodeDevice(**raw);
  if (!device) return Error{ErrorKind::Corruption, "devices: malformed value"};
  return std::optional<Device>(std::move(*device));
}

}  // namespace amparo::server::storage
