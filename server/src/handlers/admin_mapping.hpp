#pragma once
// Stored accounts and devices ↔ their wire form (never a hash or a token).

#include <optional>

#include "amparo/admin/v1/admin.pb.h"
#include "amparo/auth/v1/auth.pb.h"
#include "storage/entities.hpp"

namespace amparo::server::handlers {

amparo::auth::v1::Role toWire(storage::Role role);
std::optional<storage::Role> fromWire(amparo::auth::v1::Role role);
amparo::admin::v1::Account toWire(const storage::Account& account);
amparo::admin::v1::Device toWire(const storage::Device& device);

}  // namespace amparo::server::handlers
