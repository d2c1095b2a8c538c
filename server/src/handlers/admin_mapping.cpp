#include "handlers/admin_mapping.hpp"

#include <google/protobuf/util/time_util.h>

namespace amparo::server::handlers {

using google::protobuf::util::TimeUtil;

amparo::auth::v1::Role toWire(storage::Role role) {
  switch (role) {
    case storage::Role::Monitor:
      return amparo::auth::v1::ROLE_MONITOR;
    case storage::Role::Coordinator:
      return amparo::auth::v1::ROLE_COORDINATOR;
    case storage::Role::Admin:
      return amparo::auth::v1::ROLE_ADMIN;
  }
  return amparo::auth::v1::ROLE_UNSPECIFIED;
}

std::optional<storage::Role> fromWire(amparo::auth::v1::Role role) {
  switch (role) {
    case amparo::auth::v1::ROLE_MONITOR:
      return storage::Role::Monitor;
    case amparo::auth::v1::ROLE_COORDINATOR:
      return storage::Role::Coordinator;
    case amparo::auth::v1::ROLE_ADMIN:
      return storage::Role::Admin;
    default:
      return std::nullopt;
  }
}

amparo::admin::v1::Account toWire(const storage::Account& account) {
  amparo::admin::v1::Account out;
  out.set_username(account.username);
  out.set_role(toWire(account.role));
  for (const auto& office : account.offices) out.add_office_codes(office);
  out.set_disabled(account.disabled);
  *out.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(account.createdAtMs);
  return out;
}

amparo::admin::v1::Device toWire(const storage::Device& device) {
  amparo::admin::v1::Device out;
  out.set_device_id(device.deviceId);
  out.set_username(device.username);
  out.set_label(device.label);
  *out.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(device.createdAtMs);
  *out.mutable_expires_at() = TimeUtil::MillisecondsToTimestamp(device.expiresAtMs);
  out.set_revoked(device.revoked);
  return out;
}

}  // namespace amparo::server::handlers
