#include <google/protobuf/util/time_util.h>

#include <fcntl.h>

#include <algorithm>
#include <ctime>

#include "amparo/admin/v1/admin.pb.h"
#include "handlers/handlers.hpp"
#include "http/content.hpp"

namespace amparo::server::handlers {

namespace {

// Checkpoint names are the server's own "<UTC time>-<ms>"; file names are
// RocksDB's (000012.sst, MANIFEST-000005, OPTIONS-000007, CURRENT). Anything
// else — slashes, dots alone, "..": refused, so no path leaves the folder.
bool plainName(std::string_view name) {
  if (name.empty() || name.size() > 64 || name == "." || name == "..") return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_' ||
           c == '.';
  });
}

}  // namespace

// POST /v1/admin/backup: a RocksDB checkpoint under DATA/backups/, consistent
// while the server runs. The directory is chosen by the server, never by the
// request: an admin token must not become "write anywhere on the host"; the
// admin fetches the files (adminBackupFile) to wherever it wants them.
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
  response.set_name(directory.filename().string());
  for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
    if (!entry.is_regular_file()) continue;
    auto& file = *response.add_files();
    file.set_name(entry.path().filename().string());
    file.set_size(static_cast<std::int64_t>(entry.file_size()));
  }
  if (ec) return http::errorResponse(request, 503, v1::ERROR_CODE_UNAVAILABLE, "cannot list the checkpoint");
  response.set_records(static_cast<std::int64_t>(records));
  *response.mutable_created_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(nowMs);
  return http::encodeMessage(request, response);
}

// GET /v1/admin/backups/{name}/files/{file}: one file of a checkpoint, sent
// from disk (SST files run to tens of MiB: never read whole into memory).
Response adminBackupFile(Services& services, const Request& request, const RouteContext& context) {
  namespace v1 = amparo::sync::v1;
  const auto name = context.param("name");
  const auto file = context.param("file");
  if (!plainName(name) || !plainName(file)) {
    return http::errorResponse(request, 400, v1::ERROR_CODE_INVALID_ARGUMENT, "not a backup file name");
  }
  const auto path = services.dataDir / "backups" / std::string(name) / std::string(file);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return http::errorResponse(request, 404, v1::ERROR_CODE_NOT_FOUND, "no such backup file");
  Response response;
  response.contentType = "application/octet-stream";
  response.bodyFile = std::make_shared<http::BodyFile>(fd);
  return response;
}

}  // namespace amparo::server::handlers
