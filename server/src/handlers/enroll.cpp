#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <chrono>

#include "amparo/auth/v1/auth.pb.h"
#include "amparo/sync/record_id.hpp"
#include "auth/passwords.hpp"
#include "auth/tokens.hpp"
#include "handlers/admin_mapping.hpp"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {
namespace {

using amparo::sync::v1::ERROR_CODE_INVALID_ARGUMENT;
using amparo::sync::v1::ERROR_CODE_UNAUTHENTICATED;
using amparo::sync::v1::ERROR_CODE_UNAVAILABLE;

constexpr std::size_t kMaxLabel = 100;
constexpr std::size_t kMaxField = 256;

amparo::sync::v1::FieldError required(std::string path) {
  return http::fieldError(std::move(path), "required", "Required.", "Obligatorio.");
}

// Verifying against a dummy hash when the account does not exist keeps the
// answer time the same, so usernames cannot be probed by timing.
const std::string& dummyHash(const auth::PasswordCost& cost) {
  static const std::string hash = auth::hashPassword("amparo-dummy-password", cost).value_or("");
  return hash;
}

}  // namespace

Response enroll(Services& services, const Request& request, const RouteContext&) {
  amparo::auth::v1::EnrollRequest body;
  if (auto error = http::decodeBody(request, body)) return *error;
  std::vector<amparo::sync::v1::FieldError> missing;
  if (body.username().empty()) missing.push_back(required("username"));
  if (body.password().empty()) missing.push_back(required("password"));
  if (!missing.empty()) {
    return http::errorResponse(request, 400, ERROR_CODE_INVALID_ARGUMENT, "username and password are required",
                               missing);
  }
  if (body.username().size() > kMaxField || body.password().size() > kMaxField) {
    return http::errorResponse(request, 400, ERROR_CODE_INVALID_ARGUMENT, "username or password too long");
  }

  const auto now = auth::LoginThrottle::Clock::now();
  if (const auto wait = services.loginThrottle.retryAfter(body.username(), now)) {
    auto response = http::errorResponse(request, 429, amparo::sync::v1::ERROR_CODE_RATE_LIMITED,
                                        "too many failed attempts; try again later");
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(*wait).count();
    response.headers.push_back({"retry-after", std::to_string(std::max<long long>(1, seconds))});
    return response;
  }

  auto account = services.accounts.account(body.username());
  if (!account) return http::errorResponse(request, 503, ERROR_CODE_UNAVAILABLE, "storage unavailable");
  const bool known = account->has_value();
  bool passwordOk = false;
  if (known) {
    passwordOk = auth::verifyPassword((*account)->passwordHash, body.password());
  } else {
    (void)auth::verifyPassword(dummyHash(services.passwordCost), body.password());
  }
  if (!known || !passwordOk || (*account)->disabled) {
    // An unknown username may be a mistyped password: audit it as "-".
    const auto actor = known ? body.username() : std::string("-");
    (void)services.audit.record({storage::nowMs(), "login.failed", actor, {}, "enroll"});
    if (services.loginThrottle.failed(body.username(), now)) {
      (void)services.audit.record({storage::nowMs(), "account.locked", actor, {}, "enroll"});
      // Kept so that a restart does not lift the lock (read back by App::start).
      const auto until =
          storage::nowMs() +
          std::chrono::duration_cast<std::chrono::milliseconds>(services.loginThrottle.lockFor()).count();
      auto batch = services.store.batch();
      batch.put(storage::ColumnFamilyId::Meta, std::string(auth::kLoginLockKeyPrefix) + body.username(),
                std::to_string(until));
      (void)services.store.write(batch);
    }
    return http::errorResponse(request, 401, ERROR_CODE_UNAUTHENTICATED, "invalid username or password");
  }

  services.loginThrottle.succeeded(body.username());
  const auto token = auth::newDeviceToken();
  storage::Device device;
  device.deviceId = amparo::sync::newRecordId();
  device.username = body.username();
  device.label = body.device_label().substr(0, kMaxLabel);
  device.createdAtMs = storage::nowMs();
  device.expiresAtMs =
      device.createdAtMs + std::chrono::duration_cast<std::chrono::milliseconds>(services.limits.tokenLifetime).count();
  if (!services.accounts.addDevice(auth::tokenHash(token), device)) {
    return http::errorResponse(request, 503, ERROR_CODE_UNAVAILABLE, "storage unavailable");
  }

  amparo::auth::v1::EnrollResponse response;
  response.set_device_id(device.deviceId);
  response.set_token(token);
  response.set_username((*account)->username);
  response.set_role(toWire((*account)->role));
  for (const auto& office : (*account)->offices) response.add_office_codes(office);
  *response.mutable_expires_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(device.expiresAtMs);
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
