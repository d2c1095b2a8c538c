#include <google/protobuf/util/time_util.h>

#include <ctime>

#include "amparo/admin/v1/admin.pb.h"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

// POST /v1/admin/backup: a RocksDB checkpoint under DATA/backups/, consistent
// while the server runs. The directory is chosen by the server, never by the
// request: an admin token must not become "write anywhere on the host".
Response adminBackup(Services& services, const Request& request, const RouteContext& context) {
  namespace v1 = amparo::sync::v1;
  const auto nowMs = storage::nowMs();
  const std::time_t seconds = nowMs / 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char name[32];
  std::strftime(name, sizeof name, "%Y%m%dT%H%M%SZ", &utc);
  const auto directory = services.dataDir / "backups" / (std::string(name) + "-" + std::to_string(nowMs % 1000));
  std::error_code ec;
  std::filesystem::create_directories(directory.parent_path(), ec);
  if (ec) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "cannot create the backup folder");
  const auto records = services.records.recordCount();
  if (!services.store.checkpoint(directory)) {
    return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "checkpoint failed");
  }
  (void)services.audit.record({nowMs, "backup", context.principal->account.username, {}, std::string(name)});
  amparo::admin::v1::BackupResponse response;
  response.set_directory(std::filesystem::absolute(directory).string());
  response.set_records(static_cast<std::int64_t>(records));
  *response.mutable_created_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(nowMs);
  return http::encodeMessage(request, response);
}

}  // namespace amparo::server::handlers
